namespace Versioner;

/// <summary>
/// <see cref="Repository.CreateReplicaAsync"/> was given a database that holds Versioner's tables already: a replica is
/// created only where there are none, so nothing of a database's history is ever overwritten. Nothing was changed; push
/// into it instead (<see cref="Repository.PushAsync"/>).
/// </summary>
public sealed class VersionerDatabaseExistsException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public VersionerDatabaseExistsException(string message)
        : base(message)
    {
    }
}
