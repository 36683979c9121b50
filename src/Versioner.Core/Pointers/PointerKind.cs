namespace Versioner;

/// <summary>What a pointer record holds. The numeric value is part of the canonical encoding and never changes.</summary>
public enum PointerKind : byte
{
    /// <summary>A set of eternal ids (a versioned many-to-many relation): <see cref="EternalIdSet"/>.</summary>
    Set = 1,

    /// <summary>A large text field: <see cref="LargeText"/>.</summary>
    Text = 2,
}
