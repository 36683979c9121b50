using Microsoft.Extensions.Options;

namespace Versioner.Ingest.Configuration;

/// <summary>Checks the options once at start and reports every problem together, each with the variable that sets it.</summary>
internal sealed class IngestOptionsValidator : IValidateOptions<IngestOptions>
{
    public ValidateOptionsResult Validate(string? name, IngestOptions options)
    {
        var failures = new List<string>();
        void Require(bool ok, string key, string problem)
        {
            if (!ok)
            {
                failures.Add($"Versioner:{key} {problem} (set it in appsettings.json or as Versioner__{key.Replace(":", "__", StringComparison.Ordinal)}).");
            }
        }

        void Retired(string? value, string problem)
        {
            if (value is not null)
            {
                failures.Add(problem);
            }
        }

        Require(!string.IsNullOrWhiteSpace(options.Storage.ConnectionString), "Storage:ConnectionString", "is empty");
        // Graph's own rule for a new name: in an empty database the service creates the branch, and Graph would refuse
        // such a name only once the writer opens, after the tables were made; here it is listed with every other problem.
        Require(Branch.IsValidName(options.Storage.Branch, out var branchProblem), "Storage:Branch", $"is refused: {branchProblem?.TrimEnd('.')}");
        Require(options.Auth.ApiKeys.All(k => k.Length >= 16), "Auth:ApiKeys", "holds a key shorter than 16 characters; use long random keys");
        Require(options.Auth.BearerTokens.All(k => k.Length >= 16), "Auth:BearerTokens", "holds a token shorter than 16 characters; use long random tokens");
        Require(options.Commits.MaxVersions >= 1, "Commits:MaxVersions", "must be at least 1");
        Require(options.Commits.MaxDelay > TimeSpan.Zero, "Commits:MaxDelay", "must be positive, like 00:00:02");
        Require(!string.IsNullOrWhiteSpace(options.Commits.FallbackAuthor), "Commits:FallbackAuthor", "is empty");
        Require(options.Http.MaxRequestBytes >= 1024, "Http:MaxRequestBytes", "must be at least 1024");
        Require(options.Http.MaxBatchVersions >= 1, "Http:MaxBatchVersions", "must be at least 1");
        var sqs = options.Sqs;
        if (sqs.Enabled)
        {
            Require(Uri.TryCreate(sqs.QueueUrl, UriKind.Absolute, out _), "Sqs:QueueUrl", $"'{sqs.QueueUrl}' is not an absolute URL");
            Require(sqs.ErrorQueueUrl is null || Uri.TryCreate(sqs.ErrorQueueUrl, UriKind.Absolute, out _), "Sqs:ErrorQueueUrl", $"'{sqs.ErrorQueueUrl}' is not an absolute URL");
            // Settings of the former hand-written SQS client: refused rather than ignored, or the service would quietly
            // reach another endpoint or sign as someone else.
            Retired(sqs.ServiceUrl, "Versioner:Sqs:ServiceUrl is no longer read; remove it and set AWS:ServiceURL (AWS__ServiceURL), the AWS SDK's endpoint override.");
            Retired(sqs.Region, "Versioner:Sqs:Region is no longer read; remove it and set AWS:Region (AWS__Region) or AWS_REGION.");
            Retired(sqs.AccessKeyId ?? sqs.SecretAccessKey,
                "Versioner:Sqs:AccessKeyId and Versioner:Sqs:SecretAccessKey are no longer read; remove them and give credentials the AWS SDK's way: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, AWS:Profile, or an instance role.");
            Require(sqs.Consumers is >= 1 and <= 64, "Sqs:Consumers", "must be 1 to 64");
            Require(sqs.MaxMessages is >= 1 and <= 10, "Sqs:MaxMessages", "must be 1 to 10 (SQS's limit)");
            Require(sqs.WaitTimeSeconds is >= 0 and <= 20, "Sqs:WaitTimeSeconds", "must be 0 to 20 (SQS's limit)");
            Require(sqs.VisibilityTimeoutSeconds is >= 2 and <= 43_200, "Sqs:VisibilityTimeoutSeconds", "must be 2 to 43200");
            Require(sqs.RetryDelay >= TimeSpan.Zero && sqs.RetryDelay <= sqs.MaxRetryDelay, "Sqs:RetryDelay", "must be between zero and Sqs:MaxRetryDelay");
            Require(sqs.MaxRetryDelay <= TimeSpan.FromHours(12), "Sqs:MaxRetryDelay", "must be at most 12 hours (SQS's visibility limit)");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
