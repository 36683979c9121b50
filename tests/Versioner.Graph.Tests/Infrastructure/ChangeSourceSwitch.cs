using System.Runtime.CompilerServices;
using Versioner.Storage;

namespace Versioner.Tests.Infrastructure;

/// <summary>
/// <c>VERSIONER_TEST_CHANGE_SOURCE=version-rows</c> runs every Graph test with change rows read as storage format 4's
/// last step will read them (<see cref="ChangeSource.VersionRowsSql"/>: a version's own change row from its version row),
/// while they are still written as today. A manual run (not in <c>.ci/run</c>): every test passes that way but those that
/// damage version rows on purpose (through the union a deleted row takes its own change row with it) and a plan test;
/// <c>ChangeSourceTests</c> compares both sources in every run.
/// </summary>
internal static class ChangeSourceSwitch
{
    public const string Variable = "VERSIONER_TEST_CHANGE_SOURCE";

    [ModuleInitializer]
    internal static void Apply()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        ChangeSource.ReadOwnVersionsFromVersionRows = value switch
        {
            null or "" or "table" => false,
            "version-rows" => true,
            _ => throw new InvalidOperationException($"{Variable} is '{value}'; use 'version-rows' (or 'table', the default)."),
        };
    }
}
