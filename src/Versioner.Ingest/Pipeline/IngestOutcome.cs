using System.Diagnostics.CodeAnalysis;
using Versioner.Client;

namespace Versioner.Ingest.Pipeline;

/// <summary>What became of a request: every version stored (with receipts, in request order), or none (with the refusal).</summary>
internal sealed class IngestOutcome
{
    private IngestOutcome(IReadOnlyList<VersionReceipt>? receipts, IngestRefusal? refusal)
    {
        Receipts = receipts;
        Refusal = refusal;
    }

    public IReadOnlyList<VersionReceipt>? Receipts { get; }

    public IngestRefusal? Refusal { get; }

    [MemberNotNullWhen(true, nameof(Receipts))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool Success => Refusal is null;

    public static IngestOutcome Stored(IReadOnlyList<VersionReceipt> receipts) => new(receipts, null);

    public static IngestOutcome Refused(IngestRefusal refusal) => new(null, refusal);
}
