using System.Text;
using Versioner.Ingest.Contract;
using Versioner.Ingest.Http;
using Versioner.Ingest.Pipeline;

namespace Versioner.Ingest.Sqs;

/// <summary>
/// Decides, apart from how messages are received and deleted, what becomes of one: read it, or refuse it for good
/// with the problem type and the reason the error queue gets. Reading a body is deterministic, so whatever goes
/// wrong reading it is permanent: it never throws, and never makes a message look transient.
/// </summary>
internal static class SqsMessageClassifier
{
    /// <summary>Reads a message body as one version, or says why it can never be stored.</summary>
    public static (ReadVersion? Version, SqsRefusal? Refusal) Read(string body)
    {
        ParseResult<ReadVersion> parsed;
        try
        {
            parsed = VersionMessageReader.Read(Encoding.UTF8.GetBytes(body));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The reader refuses every input it knows of without throwing; anything else is still this body's fault.
            return (null, new SqsRefusal(ProblemTypes.Malformed, $"The message could not be read ({ex.GetType().Name}: {ex.Message}). Send a DataObjectVersion as a JSON object (docs/schema/v1.json)."));
        }

        return parsed.Success ? (parsed.Value, null) : (null, new SqsRefusal(TypeOf(parsed.Failure.Kind), parsed.Failure.Detail));
    }

    /// <summary>The problem type of a refusal by storage (as the HTTP API answers it).</summary>
    public static SqsRefusal Refused(IngestRefusal refusal) => new(
        refusal.Kind switch
        {
            IngestRefusalKind.Conflict => ProblemTypes.Conflict,
            IngestRefusalKind.NotFound => ProblemTypes.NotFound,
            _ => ProblemTypes.InvalidValue,
        },
        refusal.Detail);

    /// <summary>
    /// Whether storing failed because of the message itself (a value no store can hold: retrying cannot help, so it
    /// goes to the error queue with the reason), rather than for a passing reason (the database, a timeout).
    /// </summary>
    public static SqsRefusal? Permanent(Exception exception) => exception switch
    {
        InvalidFieldValueException invalid => new(ProblemTypes.InvalidValue, $"data.{invalid.FieldName}: {invalid.Problem}"),
        _ => null,
    };

    private static string TypeOf(ParseFailureKind kind) => kind switch
    {
        ParseFailureKind.Malformed => ProblemTypes.Malformed,
        ParseFailureKind.UnsupportedSchemaVersion => ProblemTypes.UnsupportedSchemaVersion,
        ParseFailureKind.TooLarge => ProblemTypes.TooLarge,
        ParseFailureKind.InvalidValue => ProblemTypes.InvalidValue,
        _ => ProblemTypes.SchemaMismatch,
    };
}

/// <summary>Why a message can never be stored: its problem type and the reason, for the error queue.</summary>
internal sealed record SqsRefusal
{
    /// <summary>The longest reason sent as a message attribute.</summary>
    public const int MaxReason = 4000;

    public SqsRefusal(string type, string reason)
    {
        Type = type;
        Reason = AttributeText(reason);
    }

    public string Type { get; }

    /// <summary>The reason as SQS accepts it in a message attribute (at most <see cref="MaxReason"/> characters).</summary>
    public string Reason { get; }

    /// <summary>
    /// SQS refuses a message attribute holding a character outside XML's (#x9, #xA, #xD, #x20 to #xFFFD, and
    /// surrogate pairs), and a reason may quote one (a member named "a\u0000b"): such characters are written as
    /// \uXXXX escapes, or the send to the error queue would fail and the message look transient.
    /// </summary>
    private static string AttributeText(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxReason + 8));
        for (var i = 0; i < text.Length && builder.Length < MaxReason; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (builder.Length + 2 > MaxReason)
                {
                    break;
                }

                builder.Append(c).Append(text[++i]);
            }
            else if (c is '\t' or '\n' or '\r' || (c >= '\u0020' && c <= '\uFFFD' && !char.IsSurrogate(c)))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
        }

        return builder.ToString();
    }
}
