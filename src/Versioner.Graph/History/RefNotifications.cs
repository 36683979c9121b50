namespace Versioner;

/// <summary>
/// How a PostgreSQL database announces ref changes: every insert, update or delete of a branch or tag (finalize,
/// merge, push, pull, ingest, creating, renaming or deleting a ref) sends a <c>NOTIFY</c> on <see cref="Channel"/>
/// with the ref's name as payload, delivered when the writing transaction commits. A process that keeps a branch in
/// memory (Versioner.Follower) <c>LISTEN</c>s instead of polling. Installed with the database guards
/// (<see cref="RepositoryOptions.InstallDatabaseGuards"/>); SQLite has no notifications (poll the ref instead).
/// </summary>
/// <remarks>
/// Notifications are a hint, not a log: one sent while no session listens is lost, and a redaction rewrites
/// checksums without moving a ref. A listener re-reads the head after (re)connecting, and polls as a fallback.
/// </remarks>
public static class RefNotifications
{
    /// <summary>The <c>LISTEN</c> channel: <c>versioner_refs</c>.</summary>
    public const string Channel = "versioner_refs";
}
