namespace Versioner;

/// <summary>
/// A write was asked of a repository opened read-only (<see cref="RepositoryOptions.ReadOnly"/>: a hot standby, a
/// read-only file, a tool told not to write). Nothing was changed. Open the primary database, without
/// <see cref="RepositoryOptions.ReadOnly"/>, to write.
/// </summary>
public sealed class ReadOnlyRepositoryException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public ReadOnlyRepositoryException(string operation)
        : base($"{operation} writes, and this repository was opened read-only (RepositoryOptions.ReadOnly). Open the primary database without ReadOnly to write.")
    {
        Operation = operation;
    }

    /// <summary>The operation refused, as its method is named.</summary>
    public string Operation { get; }
}
