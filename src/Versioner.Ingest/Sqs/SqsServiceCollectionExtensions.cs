using Amazon.SQS;

namespace Versioner.Ingest.Sqs;

/// <summary>Registers the SQS adapter (when <c>Versioner:Sqs:QueueUrl</c> is set).</summary>
internal static class SqsServiceCollectionExtensions
{
    /// <summary>
    /// The consumer and its <see cref="IAmazonSQS"/> client, configured as every AWS SDK client is: the <c>AWS</c>
    /// configuration section (<c>Region</c>, <c>Profile</c>, <c>ServiceURL</c> for an emulator...), then the SDK's
    /// environment variables and default credential chain. An <c>AWSOptions</c> registered before wins.
    /// </summary>
    public static IServiceCollection AddSqsAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddDefaultAWSOptions(configuration.GetAWSOptions());
        services.TryAddAWSService<IAmazonSQS>();
        services.AddHostedService<SqsConsumer>();
        return services;
    }
}
