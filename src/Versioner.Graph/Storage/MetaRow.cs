namespace Versioner.Storage;

/// <summary>A setting of the database itself, such as its identity (keys in-process caches of the commit graph).</summary>
internal sealed class MetaRow
{
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
}
