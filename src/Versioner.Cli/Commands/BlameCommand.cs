using System.CommandLine;
using Versioner.Cli.Opening;
using Versioner.Cli.Rendering;
using Versioner.Cli.Running;

namespace Versioner.Cli.Commands;

/// <summary><c>versioner blame ID</c>: per field, the commit that set its current value.</summary>
internal static class BlameCommand
{
    public static Command Create(GlobalOptions global)
    {
        var id = new Argument<EternalId>("ETERNAL_ID") { Description = "The entity's eternal id.", CustomParser = Parsing.EternalIdOf };
        var revision = new Option<string?>("--rev") { Description = "As of which revision (default: the default branch).", Validators = { Parsing.Revision } };
        var command = new Command("blame", "Show, for each field of one entity, its value and the commit that set it.")
        {
            id, revision,
        };

        Help.AddExamples(command,
            "versioner blame 0190f3a2-6f1e-7c55-9a7e-1d2b3c4d5e6f --db shop.db",
            "versioner blame 0190f3a2-6f1e-7c55-9a7e-1d2b3c4d5e6f --rev v1 --json");

        command.SetAction((parse, ct) => CommandRun.RunAsync(parse, global, async (run, ct) =>
        {
            var repo = await run.OpenAsync(RepositoryAccess.Read, ct);
            var blame = await repo.BlameAsync(run.Get(id), run.Get(revision) ?? repo.Options.DefaultBranch, ct);
            if (run.Json)
            {
                run.Output.Json(json =>
                {
                    json.WriteStartObject();
                    json.WriteString("eternalId", run.Get(id).ToString());
                    json.WriteStartArray("fields");
                    foreach (var field in blame)
                    {
                        json.WriteStartObject();
                        json.WriteString("field", field.Field);
                        json.WritePropertyName("value");
                        field.Value.WriteJson(json);
                        json.WritePropertyName("commit");
                        JsonShapes.Commit(json, field.Commit);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                });
                return ExitCode.Ok;
            }

            run.Output.Table(
                ["Field", "Value", "Commit", "Author", "Date", "Message"],
                blame.Select(b => (IReadOnlyList<string>)[
                    b.Field, Values.Format(b.Value), b.Commit.ShortForm, b.Commit.Author, Values.Time(b.Commit.Timestamp), b.Commit.Subject]));
            return ExitCode.Ok;
        }, ct));
        return command;
    }
}
