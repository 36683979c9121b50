namespace Versioner;

/// <summary>Which versions a <see cref="RedactionRequest"/> clears besides the ones it names.</summary>
public enum RedactionScope
{
    /// <summary>Only the named versions.</summary>
    NamedVersions = 0,

    /// <summary>
    /// The named versions, and every other version of the same entity (finalized or in a working commit) whose value of
    /// a redacted field equals the named version's: the copies later commits carried over unchanged (and earlier ones
    /// that already held it). A field whose value is null in the named version is not searched for. With a whole-version
    /// request every field is searched, so a value the versions merely share (an unchanged price) is cleared too; name
    /// the secret fields to keep the rest.
    /// </summary>
    SameValueInEntity = 1,
}
