using Versioner.Client;
using Versioner.Ingest;

// `dotnet run --project src/Versioner.Ingest -- schema` prints the contract's JSON Schema (docs/schema/v1.json).
if (args is ["schema"])
{
    Console.Write(ContractSchema.Generate());
    return 0;
}

// `-- upgrade` (the service stopped) upgrades its database to the current storage format, the ingest tables with it.
if (args is ["upgrade", .. var rest])
{
    await using var app = IngestApp.Build(rest);
    var factory = app.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Versioner.Ingest.Storage.IngestDbContext>>();
    var result = await Versioner.Ingest.Storage.StorageSetup.UpgradeAsync(factory, CancellationToken.None);
    Console.WriteLine(result.Upgraded
        ? $"Upgraded from storage format {result.FromFormat} to {result.ToFormat}."
        : $"Already in storage format {result.ToFormat}; nothing to do.");
    return 0;
}

// Non-zero when a background service failed and stopped the host, so a supervisor restarts the service.
return await IngestApp.RunAsync(IngestApp.Build(args));
