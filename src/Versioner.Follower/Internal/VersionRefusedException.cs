namespace Versioner.Internal;

/// <summary>A new version the follower will not serve (failed verification, a duplicate key, a validator's refusal); caught by the follower, never thrown to a caller.</summary>
internal sealed class VersionRefusedException(string reason) : Exception(reason);
