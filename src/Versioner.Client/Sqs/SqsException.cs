namespace Versioner.Client;

/// <summary>
/// SQS refused or failed a call. <see cref="IsTransient"/> says whether the same call may succeed later
/// (throttling, a server error, the network); the others need a change (a missing queue, bad credentials).
/// </summary>
public sealed class SqsException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SqsException(string action, string? errorType, string message, int? statusCode, bool isTransient, Exception? innerException = null)
        : base($"SQS {action} failed{(errorType is null ? "" : $" ({errorType})")}: {message}", innerException)
    {
        Action = action;
        ErrorType = errorType;
        StatusCode = statusCode;
        IsTransient = isTransient;
    }

    /// <summary>Creates the exception with a message.</summary>
    public SqsException(string message)
        : base(message)
    {
        Action = "";
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public SqsException(string message, Exception innerException)
        : base(message, innerException)
    {
        Action = "";
    }

    /// <summary>Creates the exception with no message.</summary>
    public SqsException()
    {
        Action = "";
    }

    /// <summary>The SQS action, like <c>SendMessage</c>.</summary>
    public string Action { get; }

    /// <summary>AWS's error type, like <c>com.amazonaws.sqs#QueueDoesNotExist</c>, when SQS answered.</summary>
    public string? ErrorType { get; }

    /// <summary>The HTTP status, when SQS answered.</summary>
    public int? StatusCode { get; }

    /// <summary>True when retrying the same call later may succeed.</summary>
    public bool IsTransient { get; }
}
