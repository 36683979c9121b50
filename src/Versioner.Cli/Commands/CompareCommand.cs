using System.CommandLine;
using Versioner.Cli.Opening;
using Versioner.Cli.Rendering;
using Versioner.Cli.Running;

namespace Versioner.Cli.Commands;

/// <summary><c>versioner compare DB2</c>: tells two databases apart by their commits' checksums (exit code 1 when they differ).</summary>
internal static class CompareCommand
{
    public static Command Create(GlobalOptions global)
    {
        var other = new Argument<string>("DB2") { Description = "The other database: a SQLite file or a PostgreSQL connection string." };
        var command = new Command("compare", "Compare this database's history with another's: commits only on one side, commits whose checksums differ, branches and tags that point elsewhere, redactions only on one side. Exits 1 when they differ.")
        {
            other,
        };

        Help.AddExamples(command,
            "versioner compare replica.db --db shop.db",
            "versioner compare \"Host=replica;Database=shop;Username=ci;Password=ci\" --json");

        command.SetAction((parse, ct) => CommandRun.RunAsync(parse, global, async (run, ct) =>
        {
            var here = await run.OpenAsync(RepositoryAccess.Read, ct);
            var there = await run.OpenOtherAsync(run.Get(other), "DB2", RepositoryAccess.Read, ct);
            var comparison = await here.CompareAsync(there, ct);
            if (run.Json)
            {
                run.Output.Json(json =>
                {
                    json.WriteStartObject();
                    json.WriteBoolean("identical", comparison.IsIdentical);
                    json.WriteNumber("common", comparison.Common);
                    Ids(json, "onlyHere", comparison.OnlyHere);
                    Ids(json, "onlyThere", comparison.OnlyThere);
                    json.WriteStartArray("mismatches");
                    foreach (var m in comparison.Mismatches)
                    {
                        json.WriteStartObject();
                        json.WriteString("commitId", m.CommitId.ToString());
                        json.WriteString("here", m.Here.ToString());
                        json.WriteString("there", m.There.ToString());
                        json.WriteString("explainedByRedaction", m.ExplainedBy?.Id.ToString());
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteStartArray("refs");
                    foreach (var r in comparison.Refs)
                    {
                        json.WriteStartObject();
                        json.WriteString("name", r.Name);
                        json.WriteString("here", r.Here?.ToString());
                        json.WriteString("there", r.There?.ToString());
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    Ids(json, "redactionsOnlyHere", comparison.RedactionsOnlyHere.Select(r => r.Id));
                    Ids(json, "redactionsOnlyThere", comparison.RedactionsOnlyThere.Select(r => r.Id));
                    json.WriteEndObject();
                });
            }
            else
            {
                run.Output.Line($"{comparison.Common} commits in common.");
                if (comparison.IsIdentical)
                {
                    run.Output.Line("The databases hold the same history.");
                }
                else
                {
                    var rows = new List<IReadOnlyList<string>>();
                    rows.AddRange(comparison.OnlyHere.Select(id => (IReadOnlyList<string>)["only here", "commit", id.ToString(), ""]));
                    rows.AddRange(comparison.OnlyThere.Select(id => (IReadOnlyList<string>)["only there", "commit", id.ToString(), ""]));
                    rows.AddRange(comparison.Mismatches.Select(m => (IReadOnlyList<string>)[
                        "checksums differ", "commit", m.CommitId.ToString(), $"here {m.Here.ToString(12)}, there {m.There.ToString(12)}{(m.ExplainedBy is { } r ? $" (redaction {r.Id})" : "")}"]));
                    rows.AddRange(comparison.Refs.Select(r => (IReadOnlyList<string>)[
                        "points elsewhere", "ref", r.Name, $"here {r.Here?.ToString() ?? "(none)"}, there {r.There?.ToString() ?? "(none)"}"]));
                    rows.AddRange(comparison.RedactionsOnlyHere.Select(r => (IReadOnlyList<string>)["only here", "redaction", r.Id.ToString(), r.Reason]));
                    rows.AddRange(comparison.RedactionsOnlyThere.Select(r => (IReadOnlyList<string>)["only there", "redaction", r.Id.ToString(), r.Reason]));
                    run.Output.Line("The databases differ:");
                    run.Output.Table(["Difference", "What", "Id", "Detail"], rows);
                }
            }

            return comparison.IsIdentical ? ExitCode.Ok : ExitCode.Findings;
        }, ct));
        return command;
    }

    private static void Ids<T>(System.Text.Json.Utf8JsonWriter json, string name, IEnumerable<T> ids)
    {
        json.WriteStartArray(name);
        foreach (var id in ids)
        {
            json.WriteStringValue(id!.ToString());
        }

        json.WriteEndArray();
    }
}
