namespace Versioner;

/// <summary>
/// A <see cref="RetentionPolicy"/> cannot be applied: no name, neither an age nor a count, a negative age, a count
/// below 1. Every problem is listed at once. Nothing was pruned.
/// </summary>
public sealed class InvalidRetentionPolicyException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public InvalidRetentionPolicyException(string? policyName, IReadOnlyList<string> problems)
        : base($"Invalid retention policy '{policyName}': {string.Join("; ", problems)}. Nothing was pruned.")
    {
        IsInvalidInput = true;
        PolicyName = policyName;
        Problems = problems;
    }

    /// <summary>The policy's name as given (null or blank when that is one of the problems).</summary>
    public string? PolicyName { get; }

    /// <summary>What to fix, one entry per problem.</summary>
    public IReadOnlyList<string> Problems { get; }
}
