using Microsoft.Extensions.Options;
using Versioner.Internal;

namespace Versioner.DependencyInjection;

/// <summary>Checks bound <see cref="RepositoryOptions"/> once, reporting every problem together.</summary>
internal sealed class RepositoryOptionsValidation : IValidateOptions<RepositoryOptions>
{
    public ValidateOptionsResult Validate(string? name, RepositoryOptions options)
    {
        var failures = new List<string>();
        if (RefNames.Existing(options.DefaultBranch) is { } problem)
        {
            failures.Add($"Versioner:DefaultBranch: {problem}");
        }

        if (options.TimeProvider is null)
        {
            failures.Add("Versioner:TimeProvider: must not be null; leave it unset for the system clock.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
