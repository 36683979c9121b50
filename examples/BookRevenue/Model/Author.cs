using Versioner;

namespace Bookshop.Model;

/// <summary>A writer on the publisher's list.</summary>
public sealed class Author : Versioned
{
    public string Name { get; set; } = "";
}
