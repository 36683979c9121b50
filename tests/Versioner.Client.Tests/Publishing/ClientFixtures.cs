using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Versioner.Client;

namespace Versioner.Tests.Publishing;

/// <summary>Versions, spool folders and ports for the client tests.</summary>
internal static class ClientFixtures
{
    public static DataObjectVersion Invoice(Guid eternalId, decimal total, Guid? versionId = null) => new()
    {
        EntityType = "Invoice",
        EternalId = eternalId,
        VersionId = versionId,
        Operation = VersionOperation.Upsert,
        Data = JsonSerializer.SerializeToElement(new Dictionary<string, decimal> { ["total"] = total }),
        Author = "ada",
        Timestamp = new DateTimeOffset(2025, 1, 31, 9, 30, 0, TimeSpan.Zero),
        Message = $"total {total}",
        Source = "billing",
    };

    public static string NewSpoolDirectory() => Path.Combine(Path.GetTempPath(), $"versioner-spool-{Guid.NewGuid():N}");

    /// <summary>A loopback port nothing listens on (yet): the service is "down" until a test starts it there.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
