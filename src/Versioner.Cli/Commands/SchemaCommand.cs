using System.CommandLine;
using Versioner.Cli.Opening;
using Versioner.Cli.Running;

namespace Versioner.Cli.Commands;

/// <summary><c>versioner schema</c>: what the database records about its versioned types.</summary>
internal static class SchemaCommand
{
    public static Command Create(GlobalOptions global)
    {
        var command = new Command("schema", "Show what the database records about each versioned type: its table, and each field's column, kind, nullability and reference target.");
        Help.AddExamples(command,
            "versioner schema --db shop.db",
            "versioner schema --json");

        command.SetAction((parse, ct) => CommandRun.RunAsync(parse, global, async (run, ct) =>
        {
            var repo = await run.OpenAsync(RepositoryAccess.Read, ct);
            var types = await repo.SchemaAsync(ct);
            if (run.Json)
            {
                run.Output.Json(json =>
                {
                    json.WriteStartObject();
                    json.WriteStartArray("types");
                    foreach (var type in types)
                    {
                        json.WriteStartObject();
                        json.WriteString("name", type.Name);
                        json.WriteString("table", type.Table);
                        json.WriteStartArray("fields");
                        foreach (var field in type.Fields)
                        {
                            json.WriteStartObject();
                            json.WriteString("name", field.Name);
                            json.WriteString("column", field.Column);
                            json.WriteString("kind", field.Kind);
                            json.WriteBoolean("nullable", field.IsNullable);
                            json.WriteString("referenceTarget", field.ReferenceTarget);
                            json.WriteBoolean("pinned", field.IsPinned);
                            json.WriteEndObject();
                        }

                        json.WriteEndArray();
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                });
                return ExitCode.Ok;
            }

            foreach (var type in types)
            {
                run.Output.Line($"{type.Name} (table {type.Table})");
                run.Output.Table(["Field", "Column", "Kind", "Null", "Refers to"],
                    type.Fields.Select(f => (IReadOnlyList<string>)[
                        f.Name, f.Column, f.Kind, f.IsNullable ? "yes" : "no",
                        f.ReferenceTarget is null ? "" : (f.IsPinned ? $"{f.ReferenceTarget} (pinned version)" : f.ReferenceTarget)]));
                run.Output.Line();
            }

            return ExitCode.Ok;
        }, ct));
        return command;
    }
}
