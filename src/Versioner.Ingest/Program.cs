using Versioner.Client;
using Versioner.Ingest;

// `dotnet run --project src/Versioner.Ingest -- schema` prints the contract's JSON Schema (docs/schema/v1.json).
if (args is ["schema"])
{
    Console.Write(ContractSchema.Generate());
    return;
}

await IngestApp.Build(args).RunAsync();
