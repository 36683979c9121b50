namespace Versioner;

/// <summary>
/// PostgreSQL refused to lift Versioner's guards for a maintenance operation (redaction, retention, checksum migration:
/// the operations that rewrite or mark finalized rows): the connection's role neither owns Versioner's tables nor may
/// execute <c>versioner_lift_guards()</c>. Nothing was changed. Run maintenance as the owning role, or have it grant a
/// maintenance role the right: <c>GRANT EXECUTE ON FUNCTION versioner_lift_guards(), versioner_restore_guards() TO
/// maintainer;</c>. See docs/architecture.md, "Guards and what they stop".
/// </summary>
public sealed class MaintenanceNotPermittedException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public MaintenanceNotPermittedException(string role, Exception? innerException = null)
        : base(
            $"Role '{role}' may not lift Versioner's guards, which redaction, retention and checksum migrations need; nothing was changed. "
            + "Run this as the role that owns Versioner's tables, or have that role run: GRANT EXECUTE ON FUNCTION versioner_lift_guards(), versioner_restore_guards() TO " + role + ";",
            innerException)
    {
        Role = role;
    }

    /// <summary>The database role that was refused.</summary>
    public string Role { get; }
}
