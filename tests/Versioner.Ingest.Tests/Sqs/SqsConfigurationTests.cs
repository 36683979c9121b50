using Microsoft.Extensions.Options;
using Versioner.Tests.Infrastructure;

namespace Versioner.Tests.Sqs;

/// <summary>How the SQS adapter is configured: the AWS SDK's standard settings, and the retired keys refused at start.</summary>
public sealed class SqsConfigurationTests
{
    [Fact]
    public async Task Settings_of_the_former_sqs_client_are_refused_at_start_with_the_aws_setting_to_use()
    {
        var act = () => IngestServer.StartAsync(new Dictionary<string, string?>
        {
            ["Versioner:Sqs:QueueUrl"] = "http://127.0.0.1:9/000000000000/versions",
            ["Versioner:Sqs:ServiceUrl"] = "http://127.0.0.1:9",
            ["Versioner:Sqs:Region"] = "eu-west-1",
            ["Versioner:Sqs:AccessKeyId"] = "test",
            ["Versioner:Sqs:SecretAccessKey"] = "test",
        });

        var error = (await act.Should().ThrowAsync<OptionsValidationException>()).Which;
        error.Failures.Should().BeEquivalentTo(
            "Versioner:Sqs:ServiceUrl is no longer read; remove it and set AWS:ServiceURL (AWS__ServiceURL), the AWS SDK's endpoint override.",
            "Versioner:Sqs:Region is no longer read; remove it and set AWS:Region (AWS__Region) or AWS_REGION.",
            "Versioner:Sqs:AccessKeyId and Versioner:Sqs:SecretAccessKey are no longer read; remove them and give credentials the AWS SDK's way: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, AWS:Profile, or an instance role.");
    }
}
