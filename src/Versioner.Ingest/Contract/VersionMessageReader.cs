using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Versioner.Client;

namespace Versioner.Ingest.Contract;

/// <summary>
/// Reads <see cref="DataObjectVersion"/> messages for every transport: checks the JSON against the contract before
/// binding it, so a refusal names every bad field at once and says what to send instead. Unknown fields are refused,
/// a missing <c>schemaVersion</c> means the current one, and an unsupported one is refused before anything else.
/// </summary>
internal static class VersionMessageReader
{
    private static readonly JsonTypeInfo<DataObjectVersion> TypeInfo = ContractJsonContext.Default.DataObjectVersion;
    private static readonly Dictionary<string, JsonPropertyInfo> Fields = TypeInfo.Properties.Where(p => p.Set is not null).ToDictionary(p => p.Name, StringComparer.Ordinal);
    private static readonly string FieldList = string.Join(", ", Fields.Keys);
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    /// <summary>The text fields and their declared rules, read from the contract's attributes once (not per message).</summary>
    private static readonly (JsonPropertyInfo Property, TextRules Rules)[] TextFields = Fields.Values
        .Where(p => p.PropertyType == typeof(string))
        .Select(p => (p, TextRules.Of(p.AttributeProvider as MemberInfo)))
        .ToArray();

    /// <summary>Reads one version from a request or message body.</summary>
    public static ParseResult<ReadVersion> Read(ReadOnlyMemory<byte> utf8)
    {
        if (!TryParse(utf8, out var document, out var failure))
        {
            return ParseResult<ReadVersion>.Fail(failure);
        }

        using (document)
        {
            try
            {
                return Read(document.RootElement, "");
            }
            catch (InvalidOperationException ex)
            {
                return ParseResult<ReadVersion>.Fail(Undecodable(ex));
            }
        }
    }

    /// <summary>Reads a batch: a JSON array of versions. Every element is checked; all refusals are reported together.</summary>
    public static ParseResult<IReadOnlyList<ReadVersion>> ReadBatch(ReadOnlyMemory<byte> utf8, int maxVersions)
    {
        if (!TryParse(utf8, out var document, out var failure))
        {
            return ParseResult<IReadOnlyList<ReadVersion>>.Fail(failure);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array)
            {
                return ParseResult<IReadOnlyList<ReadVersion>>.Fail(ParseFailure.Fields(
                    [new("$", $"a batch is a JSON array of versions; got a JSON {Describe(root.ValueKind)}. Send [{{...}}, {{...}}], or send a single version to POST /versions.")]));
            }

            var count = root.GetArrayLength();
            if (count > maxVersions)
            {
                return ParseResult<IReadOnlyList<ReadVersion>>.Fail(new ParseFailure(
                    ParseFailureKind.TooLarge, $"The batch holds {count} versions; this service accepts at most {maxVersions} per batch. Split it into smaller batches.", []));
            }

            if (count == 0)
            {
                return ParseResult<IReadOnlyList<ReadVersion>>.Fail(ParseFailure.Fields([new("$", "the batch is empty; send at least one version.")]));
            }

            try
            {
                return ReadElements(root, count);
            }
            catch (InvalidOperationException ex)
            {
                return ParseResult<IReadOnlyList<ReadVersion>>.Fail(Undecodable(ex));
            }
        }
    }

    private static ParseResult<IReadOnlyList<ReadVersion>> ReadElements(JsonElement root, int count)
    {
        var versions = new List<ReadVersion>(count);
        var errors = new List<IngestFieldError>();
        var failures = new List<ParseFailure>();
        var index = 0;
        foreach (var element in root.EnumerateArray())
        {
            var at = index++;
            if (TryReadValid(element) is { } valid)
            {
                versions.Add(valid);
                continue;
            }

            var result = ReadReportingErrors(element, $"[{at}]");
            if (result.Success)
            {
                versions.Add(result.Value);
                continue;
            }

            failures.Add(result.Failure);
            errors.AddRange(result.Failure.Errors);
        }

        if (failures.Count == 0)
        {
            return ParseResult<IReadOnlyList<ReadVersion>>.Ok(versions);
        }

        // The batch's problem type is its members' when they agree (all unsupported, or all invalid values).
        var kind = failures.Select(f => f.Kind).Distinct().Count() == 1 ? failures[0].Kind : ParseFailureKind.SchemaMismatch;
        return ParseResult<IReadOnlyList<ReadVersion>>.Fail(kind switch
        {
            ParseFailureKind.UnsupportedSchemaVersion => failures[0] with { Errors = errors },
            ParseFailureKind.InvalidValue => ParseFailure.Values(errors),
            _ => ParseFailure.Fields(errors),
        });
    }

    /// <summary>Reads one version from a JSON value; <paramref name="path"/> prefixes field names in errors (<c>[2]</c> in a batch).</summary>
    public static ParseResult<ReadVersion> Read(JsonElement element, string path) =>
        TryReadValid(element) is { } valid ? ParseResult<ReadVersion>.Ok(valid) : ReadReportingErrors(element, path);

    /// <summary>
    /// The common case, a version that passes every check, read in one walk over its fields without allocating per
    /// field or deserializing a second time. Null when anything is off (unknown, repeated, missing or mistyped
    /// fields, an unsupported schema version, an invalid value): <see cref="ReadReportingErrors"/> then reads it
    /// again and names every problem, so refusals are the same whichever way a version is read.
    /// </summary>
    private static ReadVersion? TryReadValid(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        try
        {
            int? schemaVersion = DataObjectVersion.CurrentSchemaVersion; // absent: the current one, as the contract's default
            string? entityType = null, author = null, text = null, source = null;
            Guid eternalId = default;
            Guid? versionId = null;
            var operation = VersionOperation.Upsert;
            JsonElement? data = null;
            DateTimeOffset timestamp = default;
            var seen = FastField.None;
            foreach (var property in element.EnumerateObject())
            {
                var value = property.Value;
                var kind = value.ValueKind;
                FastField field;
                bool ok;
                if (property.NameEquals("schemaVersion"u8))
                {
                    (field, ok) = (FastField.SchemaVersion, kind == JsonValueKind.Null
                        || (kind == JsonValueKind.Number && value.TryGetInt32(out var version) && ContractSchema.SupportedVersions.Contains(version)));
                    schemaVersion = kind == JsonValueKind.Null ? null : ok ? value.GetInt32() : null;
                }
                else if (property.NameEquals("entityType"u8))
                {
                    (field, ok) = (FastField.EntityType, kind == JsonValueKind.String);
                    entityType = ok ? value.GetString() : null;
                }
                else if (property.NameEquals("eternalId"u8))
                {
                    (field, ok) = (FastField.EternalId, kind == JsonValueKind.String && value.TryGetGuid(out eternalId));
                }
                else if (property.NameEquals("versionId"u8))
                {
                    Guid id = default;
                    (field, ok) = (FastField.VersionId, kind == JsonValueKind.Null || (kind == JsonValueKind.String && value.TryGetGuid(out id)));
                    versionId = kind == JsonValueKind.Null ? null : id;
                }
                else if (property.NameEquals("operation"u8))
                {
                    var delete = kind == JsonValueKind.String && value.ValueEquals("delete"u8);
                    (field, ok) = (FastField.Operation, delete || (kind == JsonValueKind.String && value.ValueEquals("upsert"u8)));
                    operation = delete ? VersionOperation.Delete : VersionOperation.Upsert;
                }
                else if (property.NameEquals("data"u8))
                {
                    (field, ok) = (FastField.Data, kind is JsonValueKind.Null or JsonValueKind.Object);
                    data = kind == JsonValueKind.Object ? value : null;
                }
                else if (property.NameEquals("author"u8))
                {
                    (field, ok) = (FastField.Author, kind == JsonValueKind.String);
                    author = ok ? value.GetString() : null;
                }
                else if (property.NameEquals("timestamp"u8))
                {
                    (field, ok) = (FastField.Timestamp, kind == JsonValueKind.String && IsDateTimeWithOffset(value) && value.TryGetDateTimeOffset(out timestamp));
                }
                else if (property.NameEquals("message"u8))
                {
                    (field, ok) = (FastField.Message, kind is JsonValueKind.Null or JsonValueKind.String);
                    text = kind == JsonValueKind.String ? value.GetString() : null;
                }
                else if (property.NameEquals("source"u8))
                {
                    (field, ok) = (FastField.Source, kind is JsonValueKind.Null or JsonValueKind.String);
                    source = kind == JsonValueKind.String ? value.GetString() : null;
                }
                else
                {
                    return null;
                }

                if (!ok || (seen & field) != 0)
                {
                    return null;
                }

                seen |= field;
            }

            if ((seen & FastField.Required) != FastField.Required)
            {
                return null;
            }

            // Data is checked by reading it as the writer stores it (values, member names, members given twice at any depth).
            var canonical = data is { } fields ? CanonicalDocument.Read(fields) : null;
            if (canonical is { Fields: [{ Key.Length: 0 }, ..] })
            {
                return null; // a member named "" (sorted first): refused, with the reason, by the long way
            }

            var message = new DataObjectVersion
            {
                SchemaVersion = schemaVersion,
                EntityType = entityType!,
                EternalId = eternalId,
                VersionId = versionId,
                Operation = operation,
                Data = data?.Clone(),
                Author = author!,
                Timestamp = timestamp,
                Message = text,
                Source = source,
            };
            var errors = new List<IngestFieldError>();
            CheckScalars(message, static name => name, errors, errors);
            return errors.Count == 0 ? new ReadVersion(message, canonical, null) : null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or InvalidFieldValueException or FormatException)
        {
            return null; // text that cannot be decoded, or an invalid value: read it again for the precise error
        }
    }

    /// <summary>Reads one version, checking the JSON against the contract before binding it and reporting every problem.</summary>
    private static ParseResult<ReadVersion> ReadReportingErrors(JsonElement element, string path)
    {
        string Field(string name) => path.Length == 0 ? name : $"{path}.{name}";
        if (element.ValueKind != JsonValueKind.Object)
        {
            return ParseResult<ReadVersion>.Fail(ParseFailure.Fields(
                [new(path.Length == 0 ? "$" : path, $"a version is a JSON object; got a JSON {Describe(element.ValueKind)}.")]));
        }

        if (element.TryGetProperty("schemaVersion", out var schemaVersion) && schemaVersion.ValueKind != JsonValueKind.Null)
        {
            if (schemaVersion.ValueKind != JsonValueKind.Number || !schemaVersion.TryGetInt32(out var version))
            {
                return ParseResult<ReadVersion>.Fail(ParseFailure.Fields(
                    [new(Field("schemaVersion"), $"must be an integer schema version, such as {DataObjectVersion.CurrentSchemaVersion}; omit it to mean the current version.")]));
            }

            if (!ContractSchema.SupportedVersions.Contains(version))
            {
                var supported = string.Join(", ", ContractSchema.SupportedVersions);
                var refusal = $"schemaVersion {version} is not supported: this service reads schemaVersion {supported}. Send schemaVersion {DataObjectVersion.CurrentSchemaVersion} (or omit it), or upgrade the service to a release that reads {version}.";
                return ParseResult<ReadVersion>.Fail(new ParseFailure(
                    ParseFailureKind.UnsupportedSchemaVersion, refusal, [new(Field("schemaVersion"), refusal)]));
            }
        }

        var errors = new List<IngestFieldError>();
        var invalid = new List<IngestFieldError>(); // values no store can hold: invalid-value when nothing else is wrong
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!TryGetName(property, out var name))
            {
                errors.Add(new(Field(name), $"is not a field of the contract, and its name cannot be decoded ({UndecodableText}). The fields are {FieldList}."));
            }
            else if (!seen.Add(name))
            {
                errors.Add(new(Field(name), "appears more than once; send each field once."));
            }
            else if (!Fields.TryGetValue(name, out var field))
            {
                var near = Fields.Keys.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
                errors.Add(new(Field(name), near is not null
                    ? $"is not a field of the contract; did you mean '{near}'? Field names are case-sensitive."
                    : $"is not a field of the contract: unknown fields are refused, not dropped. Remove it, or fix its name; the fields are {FieldList}."));
            }
            else if (CheckType(field, property.Value) is { } problem)
            {
                errors.Add(new(Field(name), problem));
            }
        }

        foreach (var field in Fields.Values.Where(f => f.IsRequired && !seen.Contains(f.Name)))
        {
            errors.Add(new(Field(field.Name), "is required."));
        }

        if (element.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            FindDuplicates(data, Field("data"), errors);
            CheckMembers(data, Field, errors, invalid);
        }

        if (errors.Count > 0)
        {
            return ParseResult<ReadVersion>.Fail(ParseFailure.Fields([.. errors, .. invalid]));
        }

        DataObjectVersion message;
        try
        {
            message = element.Deserialize(TypeInfo)!;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            if (invalid.Count > 0)
            {
                return ParseResult<ReadVersion>.Fail(ParseFailure.Values(invalid)); // data that does not decode does not bind either
            }

            // The checks above should have caught it; name the field the serializer stopped at.
            // In the contract's words, not the serializer's (which names .NET types and byte positions).
            var at = ex is JsonException { Path: { } p } ? p.TrimStart('$').TrimStart('.') : "";
            var reason = ex is InvalidOperationException || ex.InnerException is InvalidOperationException
                ? "is not text that can be read: it holds bytes that are not UTF-8 (or an escape that does not decode). Send it as UTF-8."
                : "cannot be read as the type the contract gives this field (docs/schema/v1.json).";
            return ParseResult<ReadVersion>.Fail(ParseFailure.Fields([new(at.Length == 0 ? (path.Length == 0 ? "$" : path) : Field(at), reason)]));
        }

        CheckScalars(message, Field, errors, invalid);
        if (errors.Count > 0)
        {
            return ParseResult<ReadVersion>.Fail(ParseFailure.Fields([.. errors, .. invalid]));
        }

        if (invalid.Count > 0)
        {
            return ParseResult<ReadVersion>.Fail(ParseFailure.Values(invalid));
        }

        // Every member name and value was checked above, so the data reads into canonical form (DataProblem stays null).
        return ParseResult<ReadVersion>.Ok(ReadVersion.Of(message));
    }

    /// <summary>
    /// Checks each data member as the store will hold it: its name decodes, is not empty and is text a database
    /// stores faithfully, and so is its value. Each problem names the member (<c>data.total</c>).
    /// </summary>
    private static void CheckMembers(JsonElement data, Func<string, string> field, List<IngestFieldError> errors, List<IngestFieldError> invalid)
    {
        foreach (var property in data.EnumerateObject())
        {
            var decoded = TryGetName(property, out var name);
            var at = field($"data.{name}");
            if (errors.Any(e => e.Field == at || e.Field.StartsWith($"{at}.", StringComparison.Ordinal) || e.Field.StartsWith($"{at}[", StringComparison.Ordinal)))
            {
                continue; // already refused (a member given twice within it): its value is not judged again
            }

            if (!decoded)
            {
                invalid.Add(new(at, $"the member name cannot be decoded ({UndecodableText}); send names as UTF-8 and escape only complete surrogate pairs."));
                continue;
            }

            if (name.Length == 0)
            {
                invalid.Add(new(field("data"), "has a member with an empty name (\"\"); give each field a name of at least one character."));
                continue;
            }

            try
            {
                FieldValue.From(name, name); // a member name is text like any value: no NUL, no unpaired surrogate
                FieldValue.FromJson(property.Value, name);
            }
            catch (InvalidFieldValueException ex)
            {
                invalid.Add(new(at, ex.Problem));
            }
        }
    }

    /// <summary>
    /// A member's name, or false with its raw text (escapes as sent, bytes that are not UTF-8 as U+FFFD) when it does
    /// not decode to valid UTF-16: an unpaired surrogate escape, or invalid UTF-8.
    /// </summary>
    private static bool TryGetName(JsonProperty property, out string name)
    {
        try
        {
            name = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            name = Encoding.UTF8.GetString(JsonMarshal.GetRawUtf8PropertyName(property));
            return false;
        }
    }

    private const string UndecodableText = "it holds an unpaired surrogate escape such as \\ud800, or bytes that are not UTF-8";

    /// <summary>Text the JSON reader cannot decode anywhere the checks above do not look: named as precisely as the reader allows.</summary>
    private static ParseFailure Undecodable(InvalidOperationException ex) => new(
        ParseFailureKind.Malformed,
        $"The body holds text that cannot be decoded ({ex.Message}): {UndecodableText}. Send UTF-8 and escape only complete surrogate pairs.",
        []);

    /// <summary>
    /// Whether a JSON string is an RFC 3339 date-time (the schema's <c>date-time</c> format): a date, <c>T</c>, a time
    /// with seconds, and an offset (<c>Z</c> or <c>+hh:mm</c>). System.Text.Json alone also reads a date without a time
    /// and a time without an offset (as local time), which the contract refuses.
    /// </summary>
    private static bool IsDateTimeWithOffset(JsonElement value)
    {
        var raw = JsonMarshal.GetRawUtf8Value(value); // with its quotes
        if (raw.Length < 22)
        {
            return false;
        }

        var text = raw[1..^1];
        var offsetOk = text[^1] == (byte)'Z'
            || (text.Length >= 25 && text[^6] is (byte)'+' or (byte)'-' && text[^3] == (byte)':');
        return offsetOk && text[10] == (byte)'T' && text[13] == (byte)':' && text[16] == (byte)':';
    }

    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    private static bool TryParse(ReadOnlyMemory<byte> utf8, out JsonDocument document, out ParseFailure failure)
    {
        if (utf8.Span.StartsWith(Utf8ByteOrderMark))
        {
            // RFC 8259 8.1: a sender must not add one, a parser may ignore it. Tools do add it (a file saved with one and
            // sent as is, Windows PowerShell's UTF-8); it is no part of the JSON, so it is skipped, as ASP.NET Core's own
            // JSON input does.
            utf8 = utf8[Utf8ByteOrderMark.Length..];
        }

        try
        {
            document = JsonDocument.Parse(utf8, DocumentOptions);
            failure = null!;
            return true;
        }
        catch (JsonException ex)
        {
            document = null!;
            var detail = utf8.IsEmpty
                ? "The body is empty. Send a DataObjectVersion as a JSON object (docs/schema/v1.json)."
                : $"The body is not valid JSON: {ex.Message} Send a DataObjectVersion as a JSON object (docs/schema/v1.json).";
            failure = new ParseFailure(ParseFailureKind.Malformed, detail, []);
            return false;
        }
    }

    /// <summary>What is wrong with a field's JSON type, or null. Mirrors what the serializer accepts, in words.</summary>
    private static string? CheckType(JsonPropertyInfo field, JsonElement value)
    {
        var type = Nullable.GetUnderlyingType(field.PropertyType) ?? field.PropertyType;
        var nullable = field.PropertyType != type || !field.IsRequired;
        if (value.ValueKind == JsonValueKind.Null)
        {
            return nullable ? null : "must not be null.";
        }

        if (type == typeof(string))
        {
            return value.ValueKind == JsonValueKind.String ? null : $"must be a string; got a JSON {Describe(value.ValueKind)}.";
        }

        if (type == typeof(Guid))
        {
            return value.ValueKind == JsonValueKind.String && value.TryGetGuid(out _)
                ? null
                : "must be a UUID string such as \"0192f1c4-7a3e-7cde-8f00-1a2b3c4d5e6f\".";
        }

        if (type == typeof(DateTimeOffset))
        {
            if (value.ValueKind != JsonValueKind.String || !IsDateTimeWithOffset(value))
            {
                return "must be an RFC 3339 date and time with seconds and an offset (Z or +01:00), such as \"2025-01-31T09:30:00Z\".";
            }

            // The shape is right; the instant is not one .NET holds (the schema's date-time format allows a leap second).
            return value.TryGetDateTimeOffset(out _)
                ? null
                : $"{Encoding.UTF8.GetString(JsonMarshal.GetRawUtf8Value(value))} is not an instant this service stores: the date and time must exist (no February 30, no leap second :60, hours below 24, offsets within ±14:00) and fall between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.9999999Z once converted to UTC.";
        }

        if (type == typeof(VersionOperation))
        {
            return value.ValueKind == JsonValueKind.String && (value.ValueEquals("upsert"u8) || value.ValueEquals("delete"u8))
                ? null
                : "must be \"upsert\" or \"delete\".";
        }

        if (type == typeof(JsonElement))
        {
            return value.ValueKind == JsonValueKind.Object ? null : $"must be a JSON object of fields; got a JSON {Describe(value.ValueKind)}.";
        }

        if (type == typeof(int))
        {
            return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _) ? null : "must be an integer.";
        }

        return null;
    }

    /// <summary>Checks every field but the data's members; text no store can hold goes to <paramref name="invalid"/>.</summary>
    private static void CheckScalars(DataObjectVersion message, Func<string, string> field, List<IngestFieldError> errors, List<IngestFieldError> invalid)
    {
        if (message.EternalId == Guid.Empty)
        {
            errors.Add(new(field("eternalId"), "must not be the empty UUID; give the entity a UUID of its own (UUIDv7 recommended)."));
        }

        if (message.VersionId == Guid.Empty)
        {
            errors.Add(new(field("versionId"), "must not be the empty UUID; omit it to let the service assign one."));
        }

        foreach (var (property, rules) in TextFields)
        {
            if (property.Get!(message) is string text)
            {
                CheckText(rules, text, field(property.Name), errors, invalid);
            }
        }

        switch (message.Operation)
        {
            case VersionOperation.Upsert when message.Data is null:
                errors.Add(new(field("data"), "is required for an upsert: send the entity's fields as a JSON object."));
                break;
            case VersionOperation.Delete when message.Data is not null:
                errors.Add(new(field("data"), "must be absent or null for a delete; the entity's last state stays in its history."));
                break;
        }
    }

    private static void CheckText(TextRules rules, string text, string name, List<IngestFieldError> errors, List<IngestFieldError> invalid)
    {
        if (rules.MinLength is { } min && text.Trim().Length < min)
        {
            errors.Add(new(name, min == 1 ? "must not be empty or blank." : $"must have at least {min} characters."));
            return;
        }

        if (rules.MaxLength is { } max && text.Length > max)
        {
            errors.Add(new(name, $"has {text.Length} characters; at most {max} are accepted."));
            return;
        }

        // The whole text must match, as in JSON Schema (ECMA-262), where $ ends the input: .NET's $ also matches before a final newline.
        if (rules.Pattern is { } pattern && pattern.Match(text) is var match && !(match.Success && match.Index == 0 && match.Length == text.Length))
        {
            errors.Add(new(name, $"'{text}' does not match {pattern}: start with a letter or underscore, then letters, digits, '_', '.' or '-'."));
            return;
        }

        try
        {
            FieldValue.From(text, name);
        }
        catch (InvalidFieldValueException ex)
        {
            invalid.Add(new(name, ex.Problem));
        }
    }

    private static void FindDuplicates(JsonElement value, string path, List<IngestFieldError> errors)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in value.EnumerateObject())
                {
                    TryGetName(property, out var name); // one that does not decode is refused by CheckMembers or FieldValue
                    var at = $"{path}.{name}";
                    if (!names.Add(name))
                    {
                        errors.Add(new(at, "appears more than once in its object; send each field once."));
                    }

                    FindDuplicates(property.Value, at, errors);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    FindDuplicates(item, $"{path}[{index++}]", errors);
                }

                break;
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>The contract's fields, as <see cref="TryReadValid"/> tracks which it has seen.</summary>
    [Flags]
    private enum FastField
    {
        None = 0,
        SchemaVersion = 1 << 0,
        EntityType = 1 << 1,
        EternalId = 1 << 2,
        VersionId = 1 << 3,
        Operation = 1 << 4,
        Data = 1 << 5,
        Author = 1 << 6,
        Timestamp = 1 << 7,
        Message = 1 << 8,
        Source = 1 << 9,
        Required = EntityType | EternalId | Operation | Author | Timestamp,
    }

    /// <summary>A text field's declared rules (<c>MinLength</c>, <c>MaxLength</c>, <c>RegularExpression</c> on the contract).</summary>
    private sealed record TextRules(int? MinLength, int? MaxLength, Regex? Pattern)
    {
        public static TextRules Of(MemberInfo? member) => new(
            member?.GetCustomAttribute<MinLengthAttribute>()?.Length,
            member?.GetCustomAttribute<MaxLengthAttribute>()?.Length,
            member?.GetCustomAttribute<RegularExpressionAttribute>() is { } pattern
                ? new Regex(pattern.Pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1))
                : null);
    }
}
