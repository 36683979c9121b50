using Versioner;

namespace Bookshop.Model;

/// <summary>A label books are filed under ("science fiction", "award winner").</summary>
public sealed class CategoryTag : Versioned
{
    public string Label { get; set; } = "";
}
