using System.CommandLine;
using System.Diagnostics;
using Versioner.Cli.Opening;
using Versioner.Cli.Rendering;
using Versioner.Cli.Running;

namespace Versioner.Cli.Commands;

/// <summary><c>versioner verify</c>: re-hashes the history and names every problem (exit code 1 when there are any).</summary>
internal static class VerifyCommand
{
    public static Command Create(GlobalOptions global)
    {
        var revision = new Argument<string?>("REV") { Description = "Check only what this revision's history holds (default: everything).", Arity = ArgumentArity.ZeroOrOne, Validators = { Parsing.Revision } };
        var progress = new Option<bool>("--progress") { Description = "Report progress on stderr while it runs (a live display on a terminal, a line every second otherwise)." };
        var command = new Command("verify", "Re-hash every version, commit and pointer record and name each problem: tampered, missing or added rows, commits flipped back to working, a damaged as-of index. Exits 1 when it finds any.")
        {
            revision, progress,
        };

        Help.AddExamples(command,
            "versioner verify --db shop.db --progress",
            "versioner verify main --json");

        command.SetAction((parse, ct) => CommandRun.RunAsync(parse, global, async (run, ct) =>
        {
            var repo = await run.OpenAsync(RepositoryAccess.Read, ct);
            var rev = run.Get(revision);
            Task<VerifyReport> Verify(IProgress<VerifyProgress>? p) =>
                rev is null ? repo.VerifyAsync(p, ct) : repo.VerifyAsync(rev, p, ct);

            VerifyReport report;
            if (!run.Get(progress))
            {
                report = await Verify(null);
            }
            else if (run.Output.ErrorInteractive)
            {
                report = await run.Output.WithStatusAsync("verifying", update => Verify(new Reporter(p => update(Describe(p)))));
            }
            else
            {
                var clock = Stopwatch.StartNew();
                var last = TimeSpan.FromSeconds(-1);
                report = await Verify(new Reporter(p =>
                {
                    if (clock.Elapsed - last >= TimeSpan.FromSeconds(1))
                    {
                        last = clock.Elapsed;
                        run.Output.Error.WriteLine(Describe(p));
                    }
                }));
                run.Output.Error.WriteLine($"verified {report.Commits} commits, {report.Versions} versions, {report.Issues.Count} problems");
            }

            if (run.Json)
            {
                run.Output.Json(json =>
                {
                    json.WriteStartObject();
                    json.WriteBoolean("valid", report.IsValid);
                    json.WriteNumber("commits", report.Commits);
                    json.WriteNumber("versions", report.Versions);
                    json.WriteNumber("pointers", report.Pointers);
                    json.WriteNumber("pruned", report.Pruned);
                    json.WriteStartArray("issues");
                    foreach (var issue in report.Issues)
                    {
                        json.WriteStartObject();
                        json.WriteString("kind", issue.Kind.ToString());
                        json.WriteString("commitId", issue.CommitId?.ToString());
                        json.WriteString("versionId", issue.VersionId?.ToString());
                        json.WriteString("entityType", issue.EntityType);
                        json.WriteString("expected", issue.Expected);
                        json.WriteString("actual", issue.Actual);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                });
            }
            else
            {
                run.Output.Line($"Checked {report.Commits} commits, {report.Versions} versions, {report.Pointers} pointer records ({report.Pruned} pruned versions skipped).");
                if (report.IsValid)
                {
                    run.Output.Line("No problems found.");
                }
                else
                {
                    run.Output.Line($"{report.Issues.Count} {(report.Issues.Count == 1 ? "problem" : "problems")} found:");
                    run.Output.Table(["Problem", "Entity type", "Version", "Commit", "Expected", "Actual"],
                        report.Issues.Select(i => (IReadOnlyList<string>)[
                            i.Kind.ToString(), i.EntityType ?? "", i.VersionId?.ToString() ?? "", i.CommitId?.ToString() ?? "", i.Expected, i.Actual]));
                }
            }

            return report.IsValid ? ExitCode.Ok : ExitCode.Findings;
        }, ct));
        return command;
    }

    private static string Describe(VerifyProgress p) => $"verifying: {p.Commits} commits, {p.Versions} versions, {p.Issues} problems so far";

    /// <summary>Reports synchronously on the verifying thread (<see cref="Progress{T}"/> would post to the thread pool and report after the end).</summary>
    private sealed class Reporter(Action<VerifyProgress> report) : IProgress<VerifyProgress>
    {
        public void Report(VerifyProgress value) => report(value);
    }
}
