using Microsoft.Extensions.Options;

namespace Versioner.DependencyInjection;

/// <summary>Checks the follower's options once at start, reporting every problem together.</summary>
internal sealed class FollowerOptionsValidation : IValidateOptions<FollowerOptions>
{
    public ValidateOptionsResult Validate(string? name, FollowerOptions options) =>
        options.Problems() is { Count: > 0 } problems
            ? ValidateOptionsResult.Fail(problems.Select(p => "Versioner:Follower: " + p))
            : ValidateOptionsResult.Success;
}
