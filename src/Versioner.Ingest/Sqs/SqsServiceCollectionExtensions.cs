using Microsoft.Extensions.Options;
using Versioner.Client;
using Versioner.Client.Sqs;
using Versioner.Ingest.Configuration;

namespace Versioner.Ingest.Sqs;

/// <summary>Registers the SQS adapter (when <c>Versioner:Sqs:QueueUrl</c> is set).</summary>
internal static class SqsServiceCollectionExtensions
{
    public static IServiceCollection AddSqsAdapter(this IServiceCollection services)
    {
        services.AddSingleton(provider =>
        {
            var sqs = provider.GetRequiredService<IOptions<IngestOptions>>().Value.Sqs;
            return SqsClient.Create(sqs.QueueUrl!, new SqsConnectionOptions
            {
                ServiceUrl = sqs.ServiceUrl is { Length: > 0 } url ? new Uri(url) : null,
                Region = sqs.Region,
                AccessKeyId = sqs.AccessKeyId,
                SecretAccessKey = sqs.SecretAccessKey,
            });
        });
        services.AddHostedService<SqsConsumer>();
        return services;
    }
}
