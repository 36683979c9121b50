using System.Text.Json;
using Versioner.Client;

namespace Versioner.Ingest.Contract;

/// <summary>A version read from a message, with its data already read into canonical form (so it is read once).</summary>
/// <param name="Message">The version as sent.</param>
/// <param name="Data">The data's canonical forms (stored JSON, checksummed fields); null for a delete, or when <paramref name="DataProblem"/> is set.</param>
/// <param name="DataProblem">Why the data cannot be stored (a member name the reader does not check), for the writer to refuse in turn.</param>
internal sealed record ReadVersion(DataObjectVersion Message, CanonicalDocument? Data, InvalidFieldValueException? DataProblem)
{
    /// <summary>Reads the data of a version whose fields are already checked (by <see cref="VersionMessageReader"/>).</summary>
    public static ReadVersion Of(DataObjectVersion message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Data is not { ValueKind: JsonValueKind.Object } json)
        {
            return new ReadVersion(message, null, null);
        }

        try
        {
            return new ReadVersion(message, CanonicalDocument.Read(json), null);
        }
        catch (InvalidFieldValueException ex)
        {
            return new ReadVersion(message, null, ex);
        }
    }
}
