using System.Text.Json;

namespace Versioner.Cli.Rendering;

/// <summary>The JSON shapes shared by several commands (a commit, a diff, an entity's content), spelled once; docs/cli.md documents them.</summary>
internal static class JsonShapes
{
    /// <summary><c>{"id","checksum","short","parents":[ids],"author","timestamp","message","finalized"}</c>.</summary>
    public static void Commit(Utf8JsonWriter json, Commit commit)
    {
        json.WriteStartObject();
        json.WriteString("id", commit.Id.ToString());
        json.WriteString("checksum", commit.IsFinalized ? commit.Checksum.ToString() : null);
        json.WriteString("short", commit.ShortForm);
        json.WriteStartArray("parents");
        foreach (var parent in commit.Parents)
        {
            json.WriteStringValue(parent.ToString());
        }

        json.WriteEndArray();
        json.WriteString("author", commit.Author);
        json.WriteString("timestamp", Values.Iso(commit.Timestamp));
        json.WriteString("message", commit.Message);
        json.WriteBoolean("finalized", commit.IsFinalized);
        json.WriteEndObject();
    }

    /// <summary>
    /// <c>{"added":N,"modified":N,"removed":N,"changes":[{"kind","entityType","eternalId","oldVersionId","newVersionId",
    /// "fields":[{"field","old","new","oldAbsent","newAbsent","membersAdded":[...],"membersRemoved":[...]}]}]}</c>.
    /// </summary>
    public static void Diff(Utf8JsonWriter json, Diff diff)
    {
        json.WriteStartObject();
        json.WriteNumber("added", diff.Added.Count());
        json.WriteNumber("modified", diff.Modified.Count());
        json.WriteNumber("removed", diff.Removed.Count());
        json.WriteStartArray("changes");
        foreach (var change in diff)
        {
            json.WriteStartObject();
            json.WriteString("kind", Kind(change.Kind));
            json.WriteString("entityType", change.EntityType);
            json.WriteString("eternalId", change.EternalId.ToString());
            json.WriteString("oldVersionId", change.OldVersion?.VersionId.ToString());
            json.WriteString("newVersionId", change.NewVersion?.VersionId.ToString());
            json.WriteStartArray("fields");
            foreach (var field in change.Fields)
            {
                json.WriteStartObject();
                json.WriteString("field", field.Field);
                json.WritePropertyName("old");
                field.OldValue.WriteJson(json);
                json.WritePropertyName("new");
                field.NewValue.WriteJson(json);
                // A null that is a field's value, or none because the version lacks the field (or is not there).
                json.WriteBoolean("oldAbsent", field.OldIsAbsent);
                json.WriteBoolean("newAbsent", field.NewIsAbsent);
                Ids(json, "membersAdded", field.MembersAdded);
                Ids(json, "membersRemoved", field.MembersRemoved);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary><c>{"entityType","eternalId","versionId","fields":{"Name":value,...}}</c>.</summary>
    public static void Content(Utf8JsonWriter json, VersionContent content)
    {
        json.WriteStartObject();
        json.WriteString("entityType", content.EntityType);
        json.WriteString("eternalId", content.EternalId.ToString());
        json.WriteString("versionId", content.VersionId.ToString());
        json.WriteStartObject("fields");
        foreach (var (name, value) in content.Fields)
        {
            json.WritePropertyName(name);
            value.WriteJson(json);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    public static string Kind(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "added",
        ChangeKind.Removed => "removed",
        _ => "modified",
    };

    private static void Ids(Utf8JsonWriter json, string name, IReadOnlyList<EternalId> ids)
    {
        json.WriteStartArray(name);
        foreach (var id in ids)
        {
            json.WriteStringValue(id.ToString());
        }

        json.WriteEndArray();
    }
}
