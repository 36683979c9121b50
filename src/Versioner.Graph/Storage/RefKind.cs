namespace Versioner.Storage;

internal enum RefKind
{
    Branch = 0,
    Tag = 1,
}
