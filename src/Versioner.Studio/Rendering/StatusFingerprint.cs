using System.Security.Cryptography;
using System.Text;

namespace Versioner.Studio.Rendering;

/// <summary>
/// A workspace's status as a short fingerprint: the workspace page sends it with its forms, so a finalize or a discard
/// acts only on the status the user saw, never on edits another writer saved after the page loaded.
/// </summary>
internal static class StatusFingerprint
{
    public static string Of(Diff status)
    {
        var text = new StringBuilder();
        foreach (var change in status.OrderBy(c => c.EternalId))
        {
            text.Append(change.EntityType).Append('\u001f').Append(change.EternalId).Append('\u001f').Append(change.Kind).Append('\u001e');
            foreach (var field in change.Fields.OrderBy(f => f.Field, StringComparer.Ordinal))
            {
                text.Append(field.Field).Append('\u001f').Append(Token(field.OldValue)).Append('\u001f').Append(Token(field.NewValue)).Append('\u001e');
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32];
    }

    /// <summary>A value as text that tells values apart without loading a pointer's content: its checksum stands for it.</summary>
    private static string Token(FieldValue value) =>
        value.IsNull ? "\u0000"
        : value.Pointer is { } pointer ? "#" + pointer.Checksum
        : value.ToObject() is byte[] bytes ? "bytes:" + Convert.ToHexString(bytes) // its text is only its length
        : value.Kind + ":" + value.ToString();
}
