using Versioner.Client;
using Versioner.Ingest;

// `dotnet run --project src/Versioner.Ingest -- schema` prints the contract's JSON Schema (docs/schema/v1.json).
if (args is ["schema"])
{
    Console.Write(ContractSchema.Generate());
    return 0;
}

// Non-zero when a background service failed and stopped the host, so a supervisor restarts the service.
return await IngestApp.RunAsync(IngestApp.Build(args));
