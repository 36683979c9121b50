using System.Runtime.CompilerServices;
using Versioner.Storage;

namespace Versioner.Tests.Infrastructure;

/// <summary>
/// <c>VERSIONER_TEST_CHANGE_SOURCE=version-rows</c> runs every Graph test with change rows read as storage format 4's
/// last step will read them (<see cref="ChangeSource.VersionRowsSql"/>: a version's own change row from its version row),
/// while they are still written as today. A manual run (not in <c>.ci/run</c>): every test passes that way but those that
/// damage version rows on purpose (through the union a deleted row takes its own change row with it) and a plan test;
/// <c>ChangeSourceTests</c> compares both sources in every run. <c>version-rows-only</c> goes on to phase C's writes:
/// reads through the version rows and no own change rows written (<see cref="ChangeSource.WriteOwnChangeRows"/>), so a
/// version row is its version's only record; every test passes that way but those that damage rows on purpose (their
/// exact issue lists assume own change rows: Verify names such damage through the manifest, with other issues), the
/// place invariant's own tests (they damage own change rows), the format 3 fixture (its upgrade keeps own change rows)
/// and the same plan test.
/// </summary>
internal static class ChangeSourceSwitch
{
    public const string Variable = "VERSIONER_TEST_CHANGE_SOURCE";

    [ModuleInitializer]
    internal static void Apply()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        (ChangeSource.ReadOwnVersionsFromVersionRows, ChangeSource.WriteOwnChangeRows) = value switch
        {
            null or "" or "table" => (false, true),
            "version-rows" => (true, true),
            "version-rows-only" => (true, false),
            _ => throw new InvalidOperationException($"{Variable} is '{value}'; use 'version-rows', 'version-rows-only' (or 'table', the default)."),
        };
    }
}
