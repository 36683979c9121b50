using Versioner.Cli.Tests.Model;

namespace Versioner.Cli.Tests.Infrastructure;

/// <summary>The entities and commits of <see cref="CliTest{TDatabase}.SampleHistoryAsync"/>.</summary>
public sealed record SampleHistory(
    Book Dune, Book Emma, Author Frank, Shelf SciFi,
    Commit Added, Commit Repriced, Commit EmmaOnTopic, Commit Retitled, Commit Merge);
