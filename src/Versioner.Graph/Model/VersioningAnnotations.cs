namespace Versioner.Model;

/// <summary>Names of the EF model annotations Versioner reads.</summary>
internal static class VersioningAnnotations
{
    public const string Configured = "Versioner:Configured";
    public const string EntityTypeName = "Versioner:EntityTypeName";
    public const string UniqueInSnapshot = "Versioner:UniqueInSnapshot";
    public const string ReferenceTargets = "Versioner:ReferenceTargets";
}
