namespace Versioner.Model;

/// <summary>Names of the EF model annotations Versioner reads.</summary>
internal static class VersioningAnnotations
{
    public const string Configured = "Versioner:Configured";
    public const string EntityTypeName = "Versioner:EntityTypeName";
    public const string UniqueInSnapshot = "Versioner:UniqueInSnapshot";
    public const string ReferenceTargets = "Versioner:ReferenceTargets";
    public const string MemberTargets = "Versioner:MemberTargets";

    /// <summary>On the model, false when <see cref="VersioningModelOptions.ForeignKeys"/> was turned off; absent otherwise.</summary>
    public const string ForeignKeys = "Versioner:ForeignKeys";

    /// <summary>On a model built without the application (<c>ModelFreeShape</c>): the types it cannot read, with why.</summary>
    public const string Undescribed = "Versioner:Undescribed";
}
