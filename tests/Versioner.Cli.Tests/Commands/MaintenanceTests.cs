using Versioner.Cli.Tests.Infrastructure;

namespace Versioner.Cli.Tests.Commands;

/// <summary>redact and retention: changing finalized history on purpose, through the engine, with a record.</summary>
public abstract class MaintenanceTests<TDatabase> : CliTest<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [EngineFact]
    public async Task Redact_clears_a_field_in_every_version_holding_the_value_and_the_database_still_verifies()
    {
        var h = await SampleHistoryAsync();
        var history = await Repo.HistoryAsync(h.Dune.EternalId, "main");
        var first = history[^1].VersionId!.Value;

        var result = await RunAsync("redact", "--version", first.ToString(), "--field", "Title", "--same-value", "--author", "sec", "--reason", "INC-4711", "--json");
        var verify = await RunAsync("verify");

        result.ExitCode.Should().Be(0, result.ToString());
        var versions = result.Json.GetProperty("versions").EnumerateArray().ToList();
        versions.Should().HaveCount(2, "both versions titled \"Dune\" hold the value");
        versions.Should().OnlyContain(v => v.GetProperty("entityType").GetString() == "Book" && v.GetProperty("fields")[0].GetString() == "Title");
        (await Repo.RedactionsAsync()).Should().ContainSingle().Which.Reason.Should().Be("INC-4711");
        verify.ExitCode.Should().Be(0, verify.ToString());
    }

    [EngineFact]
    public async Task Redact_without_a_target_exits_2_saying_what_to_name()
    {
        await SampleHistoryAsync();

        var result = await RunAsync("redact", "--author", "sec", "--reason", "INC-4711");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("Name what to redact: --version VERSION_ID (with --field NAME) or --message COMMIT_ID.");
        (await Repo.RedactionsAsync()).Should().BeEmpty();
    }

    [EngineFact]
    public async Task Redact_with_a_blank_author_or_reason_exits_2_in_the_engines_words_without_its_parameter_name()
    {
        var h = await SampleHistoryAsync();

        var result = await RunAsync("redact", "--message", h.Added.Id.ToString(), "--author", " ", "--reason", "");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Be("versioner: The redaction request is incomplete: Author is missing: say who redacts; Reason is missing: say why the content is removed. Nothing was changed.\n");
        (await Repo.RedactionsAsync()).Should().BeEmpty();
    }

    [EngineFact]
    public async Task Retention_apply_with_an_archive_in_a_folder_that_does_not_exist_exits_2_and_prunes_nothing()
    {
        await SampleHistoryAsync();
        var expected = await Repo.PreviewRetentionAsync(new RetentionPolicy { KeepNewest = 1 });
        var archive = Path.Combine(Path.GetTempPath(), $"no-such-folder-{Guid.NewGuid():N}", "pruned.jsonl");

        var result = await RunAsync("retention", "apply", "--keep-newest", "1", "--archive", archive);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().StartWith($"versioner: Cannot create the archive file {archive}: ").And.EndWith("Name a new file in a folder that exists and may be written; nothing was pruned.\n");
        (await Repo.PreviewRetentionAsync(new RetentionPolicy { KeepNewest = 1 })).Versions.Should().Be(expected.Versions).And.BePositive();
    }

    [EngineFact]
    public async Task Retention_preview_counts_what_apply_then_prunes_into_the_archive()
    {
        await SampleHistoryAsync();
        var expected = await Repo.PreviewRetentionAsync(new RetentionPolicy { KeepNewest = 1 });
        var archive = Path.Combine(Path.GetTempPath(), $"versioner-cli-archive-{Guid.NewGuid():N}.jsonl");
        try
        {
            var preview = await RunAsync("retention", "preview", "--keep-newest", "1", "--json");
            var refused = await RunAsync("retention", "apply", "--keep-newest", "1");
            var apply = await RunAsync("retention", "apply", "--keep-newest", "1", "--archive", archive, "--json");
            var verify = await RunAsync("verify");

            preview.ExitCode.Should().Be(0, preview.ToString());
            preview.Json.GetProperty("preview").GetBoolean().Should().BeTrue();
            preview.Json.GetProperty("versions").GetInt64().Should().Be(expected.Versions).And.BePositive();
            refused.ExitCode.Should().Be(2, refused.ToString());
            refused.Error.Should().Contain("--archive").And.Contain("--no-archive");
            apply.ExitCode.Should().Be(0, apply.ToString());
            apply.Json.GetProperty("versions").GetInt64().Should().Be(expected.Versions);
            apply.Json.GetProperty("archived").GetInt64().Should().Be(expected.Versions);
            new FileInfo(archive).Length.Should().BePositive();
            (await Repo.PreviewRetentionAsync(new RetentionPolicy { KeepNewest = 1 })).Versions.Should().Be(0, "they are pruned");
            verify.ExitCode.Should().Be(0, verify.ToString());
        }
        finally
        {
            File.Delete(archive);
        }
    }
}

public sealed class SqliteMaintenanceTests : MaintenanceTests<SqliteDatabase>;

public sealed class PostgresMaintenanceTests : MaintenanceTests<PostgresDatabase>;
