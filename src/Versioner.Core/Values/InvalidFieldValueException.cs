namespace Versioner;

/// <summary>
/// A field holds a value that cannot be stored so that every database reads it back identically (a NaN, a string
/// with a NUL character, a local-time <see cref="DateTime"/>...). The message names the field and what to use instead.
/// The value is the caller's input (<see cref="VersionerException.IsInvalidInput"/>): the same value is refused every time.
/// </summary>
public sealed class InvalidFieldValueException : VersionerException
{
    /// <summary>Creates the exception for <paramref name="fieldName"/>.</summary>
    public InvalidFieldValueException(string fieldName, string problem)
        : base($"Field '{fieldName}': {problem}")
    {
        IsInvalidInput = true;
        FieldName = fieldName;
        Problem = problem;
    }

    /// <summary>The field whose value was refused.</summary>
    public string FieldName { get; }

    /// <summary>What is wrong with the value and what to do about it.</summary>
    public string Problem { get; }
}
