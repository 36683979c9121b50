using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

/// <summary>
/// <see cref="Repository.Branches"/> and <see cref="Repository.Tags"/>: enumerated by name, found by name, written
/// through, refusing what the flat methods refuse, and one store with the flat methods.
/// </summary>
public abstract class RefCollectionTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    [GraphFact]
    public async Task Branches_enumerate_by_name_and_are_found_by_name()
    {
        var first = await CommitAsync("first", new Author { Name = "a" });
        await Repo.Branches.CreateAsync("topic", "main");
        await Repo.Tags.CreateAsync("v1", "main");
        var second = await CommitOnAsync("topic", "on topic", new Author { Name = "b" });
        await Repo.Branches.CreateAsync("alpha", "topic");

        var branches = await Repo.Branches.ToListAsync();

        branches.Should().Equal(new Branch("alpha", second.Id), new Branch("main", first.Id), new Branch("topic", second.Id));
        (await Repo.Branches.FindAsync("topic")).Should().Be(new Branch("topic", second.Id));
        (await Repo.Branches.GetAsync("main")).Should().Be(new Branch("main", first.Id));
        (await Repo.Branches.FindAsync("nowhere")).Should().BeNull();
        (await Repo.Branches.FindAsync("v1")).Should().BeNull("a tag is not a branch");
        (await FluentActions.Awaiting(() => Repo.Branches.GetAsync("nowhere")).Should().ThrowAsync<RevisionNotFoundException>())
            .WithMessage("Revision 'nowhere' not found: no such branch.").Which.Revision.Should().Be("nowhere");
    }

    [GraphFact]
    public async Task The_loop_body_may_use_the_repository_while_branches_are_enumerated()
    {
        await CommitAsync("first", new Author { Name = "a" });
        await Repo.Branches.CreateAsync("topic", "main");
        var heads = new List<string>();

        await foreach (var branch in Repo.Branches)
        {
            heads.Add((await Repo.FindCommitAsync(branch.Head.ToString())).Message);
            await Repo.Tags.CreateAsync($"at-{branch.Name}", branch);
        }

        heads.Should().Equal("first", "first");
        (await Repo.Tags.ToListAsync()).Select(t => t.Name).Should().Equal("at-main", "at-topic");
    }

    [GraphFact]
    public async Task Branches_are_created_renamed_and_deleted_through_the_collection()
    {
        var first = await CommitAsync("first", new Author { Name = "a" });

        var created = await Repo.Branches.CreateAsync("topic", "main");
        var ws = await Repo.CheckoutAsync("topic");
        await ws.SaveAsync(new Author { Name = "b" });
        var renamed = await Repo.Branches.RenameAsync("topic", "feature");
        var onFeature = await ws.FinalizeAsync("ada", "on feature");

        created.Should().Be(new Branch("topic", first.Id));
        renamed.Should().Be(new Branch("feature", first.Id));
        (await Repo.Branches.FindAsync("topic")).Should().BeNull();
        (await Repo.Branches.GetAsync("feature")).Head.Should().Be(onFeature.Id, "the workspace followed the rename");
        (await FluentActions.Awaiting(() => Repo.Branches.DeleteAsync("feature")).Should().ThrowAsync<BranchNotMergedException>())
            .WithMessage($"Branch 'feature' is not merged: its head {onFeature.Id} is in no other branch's or tag's history. Merge it first, or call repository.Branches.DeleteAsync(\"feature\", force: true).");
        (await Repo.Branches.FindAsync("feature")).Should().NotBeNull("a refused delete deletes nothing");
        await Repo.Branches.DeleteAsync("feature", force: true);
        (await Repo.Branches.ToListAsync()).Select(b => b.Name).Should().Equal("main");
    }

    [GraphFact]
    public async Task Tags_are_enumerated_found_created_and_deleted_through_the_collection()
    {
        var first = await CommitAsync("first", new Author { Name = "a" });
        var second = await CommitAsync("second", new Author { Name = "b" });

        var v2 = await Repo.Tags.CreateAsync("v2", "main");
        var v1 = await Repo.Tags.CreateAsync("v1", "main~1");

        v1.Should().Be(new CommitTag("v1", first.Id));
        v2.Should().Be(new CommitTag("v2", second.Id));
        (await Repo.Tags.ToListAsync()).Should().Equal(v1, v2);
        (await Repo.Tags.FindAsync("v1")).Should().Be(v1);
        (await Repo.Tags.GetAsync("v2")).Should().Be(v2);
        (await Repo.Tags.FindAsync("main")).Should().BeNull("a branch is not a tag");
        (await FluentActions.Awaiting(() => Repo.Tags.GetAsync("v3")).Should().ThrowAsync<RevisionNotFoundException>())
            .WithMessage("Revision 'v3' not found: no such tag.");
        await Repo.Tags.DeleteAsync("v1");
        (await Repo.Tags.ToListAsync()).Should().Equal(v2);
        (await Repo.FindCommitAsync(first.Id.ToString())).Id.Should().Be(first.Id, "the commit stays");
    }

    [GraphFact]
    public async Task A_ref_written_through_one_face_is_seen_through_the_other()
    {
        var first = await CommitAsync("first", new Author { Name = "a" });

        await Repo.CreateBranchAsync("flat", "main");
        await Repo.Branches.CreateAsync("collected", "main");
        await Repo.RenameBranchAsync("collected", "renamed");
        await Repo.CreateTagAsync("flat-tag", "main");
        await Repo.Tags.CreateAsync("collected-tag", "main");

        (await Repo.Branches.GetAsync("flat")).Should().Be(new Branch("flat", first.Id));
        (await Repo.BranchesAsync()).Should().Equal(await Repo.Branches.ToListAsync());
        (await Repo.BranchesAsync()).Select(b => b.Name).Should().Equal("flat", "main", "renamed");
        (await Repo.TagsAsync()).Should().Equal(await Repo.Tags.ToListAsync());
        (await Repo.Tags.FindAsync("flat-tag")).Should().Be(new CommitTag("flat-tag", first.Id));

        await Repo.Branches.DeleteAsync("flat");
        await Repo.DeleteBranchAsync("renamed");
        await Repo.Tags.DeleteAsync("flat-tag");
        await Repo.DeleteTagAsync("collected-tag");

        (await Repo.BranchesAsync()).Select(b => b.Name).Should().Equal("main");
        (await Repo.Branches.ToListAsync()).Select(b => b.Name).Should().Equal("main");
        (await Repo.TagsAsync()).Should().BeEmpty();
        (await Repo.Tags.ToListAsync()).Should().BeEmpty();
    }

    [GraphFact]
    public async Task A_name_no_revision_could_name_again_is_refused_and_nothing_is_written()
    {
        await CommitAsync("first", new Author { Name = "a" });

        // 'a..b' reads as a range, 'v1@{x}' as a time, '-x' as an option: a ref so named could never be used.
        foreach (var name in new[] { "a..b", "v1@{x}", "x{y}", "-x" })
        {
            (await FluentActions.Awaiting(() => Repo.Branches.CreateAsync(name, "main")).Should().ThrowAsync<InvalidRefNameException>(name))
                .Which.Name.Should().Be(name);
            (await FluentActions.Awaiting(() => Repo.Tags.CreateAsync(name, "main")).Should().ThrowAsync<InvalidRefNameException>(name))
                .WithMessage($"'{name}' is not a valid branch or tag name: *a revision could not name it*");
            await FluentActions.Awaiting(() => Repo.Branches.RenameAsync("main", name)).Should().ThrowAsync<InvalidRefNameException>(name);
        }

        (await Repo.BranchesAsync()).Select(b => b.Name).Should().Equal("main");
        (await Repo.TagsAsync()).Should().BeEmpty();
        await Repo.Branches.CreateAsync("release/1.0-rc.1", "main"); // dots, slashes and inner dashes stay valid
    }

    [GraphFact]
    public async Task Branch_IsValidName_refuses_what_creating_a_branch_refuses_with_the_same_reason()
    {
        await CommitAsync("first", new Author { Name = "a" });
        var tooLong = new string('é', 128); // 256 bytes

        foreach (var name in new[] { "main^2", "rel:1", "a..b", "v1@{x}", "-x", "my topic", "v~2", " ", tooLong })
        {
            Branch.IsValidName(name, out var reason).Should().BeFalse(name);
            var refused = (await FluentActions.Awaiting(() => Repo.Branches.CreateAsync(name, "main")).Should().ThrowAsync<InvalidRefNameException>(name)).Which;
            reason.Should().Be(refused.Problem, name);
        }

        Branch.IsValidName(null, out var none).Should().BeFalse();
        none.Should().Be("a branch or tag name must not be empty.");
        foreach (var name in new[] { "release/1.0-rc.1", "feature_x", tooLong[1..] })
        {
            Branch.IsValidName(name, out var reason).Should().BeTrue(name);
            reason.Should().BeNull();
            (await Repo.Branches.CreateAsync(name, "main")).Name.Should().Be(name);
        }
    }

    [GraphFact]
    public async Task A_name_longer_than_255_bytes_is_refused_before_the_database_sees_it()
    {
        await CommitAsync("first", new Author { Name = "a" });
        // Random text does not compress: on PostgreSQL a key this long would fail the refs table's index.
        var tooLong = string.Concat(Enumerable.Range(0, 100).Select(_ => Guid.NewGuid().ToString("N")));
        var longest = new string('é', 127) + "x"; // 255 bytes: two per 'é'

        (await FluentActions.Awaiting(() => Repo.Branches.CreateAsync(tooLong, "main")).Should().ThrowAsync<InvalidRefNameException>())
            .WithMessage($"a branch or tag name is at most 255 bytes in UTF-8; '{tooLong[..40]}...' has 3200.*");
        await FluentActions.Awaiting(() => Repo.Tags.CreateAsync(tooLong, "main")).Should().ThrowAsync<InvalidRefNameException>();
        await FluentActions.Awaiting(() => Repo.Branches.RenameAsync("main", tooLong)).Should().ThrowAsync<InvalidRefNameException>();
        await FluentActions.Awaiting(() => Repo.Branches.CreateAsync(longest + "é", "main")).Should().ThrowAsync<InvalidRefNameException>("257 bytes");

        (await Repo.Branches.CreateAsync(longest, "main")).Name.Should().Be(longest);
        (await Repo.Tags.CreateAsync("t" + longest[1..], "main")).Name.Should().HaveLength(128);
        (await Repo.BranchesAsync()).Select(b => b.Name).Should().Equal("main", longest);
    }

    [GraphFact]
    public async Task The_default_branch_is_neither_deleted_nor_renamed_even_with_force()
    {
        var first = await CommitAsync("first", new Author { Name = "a" });
        await Repo.Branches.CreateAsync("topic", "main"); // holds main's head, so only the rule refuses the delete

        (await FluentActions.Awaiting(() => Repo.Branches.DeleteAsync("main", force: true)).Should().ThrowAsync<DefaultBranchException>())
            .WithMessage("Branch 'main' is the repository's default branch (RepositoryOptions.DefaultBranch); it cannot be deleted. Nothing was changed: to retire it, open the repository with another DefaultBranch*")
            .Which.Branch.Should().Be("main");
        await FluentActions.Awaiting(() => Repo.DeleteBranchAsync("main")).Should().ThrowAsync<DefaultBranchException>();
        (await FluentActions.Awaiting(() => Repo.Branches.RenameAsync("main", "trunk")).Should().ThrowAsync<DefaultBranchException>())
            .WithMessage("*it cannot be renamed*");
        await FluentActions.Awaiting(() => Repo.RenameBranchAsync("main", "trunk")).Should().ThrowAsync<DefaultBranchException>();
        (await Repo.Branches.ToListAsync()).Should().Equal(new Branch("main", first.Id), new Branch("topic", first.Id));

        (await FluentActions.Awaiting(() => Repository.OpenAsync(NewContext(), new RepositoryOptions { DefaultBranch = "my main" })).Should().ThrowAsync<InvalidRefNameException>())
            .Which.Name.Should().Be("my main");

        // Opened with another default, the old one is an ordinary branch.
        await using var trunk = await Repository.OpenAsync(NewContext(), new RepositoryOptions { DefaultBranch = "topic" });
        await trunk.Branches.RenameAsync("main", "legacy");
        await trunk.Branches.DeleteAsync("legacy");
        (await trunk.Branches.ToListAsync()).Should().Equal(new Branch("topic", first.Id));
    }

    [GraphFact]
    public async Task The_collections_refuse_taken_missing_and_invalid_names()
    {
        await CommitAsync("first", new Author { Name = "a" });
        await Repo.Tags.CreateAsync("v1", "main");

        (await FluentActions.Awaiting(() => Repo.Branches.CreateAsync("main", "main")).Should().ThrowAsync<RefNameTakenException>())
            .Which.Name.Should().Be("main");
        (await FluentActions.Awaiting(() => Repo.Branches.CreateAsync("v1", "main")).Should().ThrowAsync<RefNameTakenException>())
            .WithMessage("A branch or tag named 'v1' already exists. Nothing was written: choose another name, or delete the existing one first.");
        (await FluentActions.Awaiting(() => Repo.Tags.CreateAsync("main", "main")).Should().ThrowAsync<RefNameTakenException>())
            .WithMessage("A branch or tag named 'main' already exists; tags never move.*");
        (await FluentActions.Awaiting(() => Repo.Branches.CreateAsync("my topic", "main")).Should().ThrowAsync<InvalidRefNameException>())
            .WithMessage("'my topic' is not a valid branch or tag name: no spaces, control characters, '~', '^', ':', '..' or braces, and no '-' at the start*");
        (await FluentActions.Awaiting(() => Repo.Tags.CreateAsync("v~2", "main")).Should().ThrowAsync<InvalidRefNameException>())
            .Which.Name.Should().Be("v~2");
        (await FluentActions.Awaiting(() => Repo.Branches.CreateAsync("", "main")).Should().ThrowAsync<InvalidRefNameException>())
            .Which.Problem.Should().Be("a branch or tag name must not be empty.");
        (await FluentActions.Awaiting(() => Repo.Branches.RenameAsync("main", "a~b")).Should().ThrowAsync<InvalidRefNameException>())
            .Which.Name.Should().Be("a~b");
        await Repo.Branches.CreateAsync("topic", "main");
        (await FluentActions.Awaiting(() => Repo.Branches.RenameAsync("topic", "v1")).Should().ThrowAsync<RefNameTakenException>())
            .Which.Name.Should().Be("v1");
        await Repo.Branches.DeleteAsync("topic");
        var draft = await Repo.CheckoutAsync("main");
        await draft.SaveAsync(new Author { Name = "draft" });
        (await FluentActions.Awaiting(() => Repo.Branches.CreateAsync("topic", draft.Id)).Should().ThrowAsync<UnfinalizedCommitException>())
            .Which.Commit.Should().Be(draft.Id);
        (await FluentActions.Awaiting(() => Repo.Tags.CreateAsync("v2", draft.Id)).Should().ThrowAsync<UnfinalizedCommitException>())
            .WithMessage("*is a working commit*a tag names a finalized commit*");
        (await FluentActions.Awaiting(() => Repo.Branches.CreateAsync("topic", "nowhere")).Should().ThrowAsync<RevisionNotFoundException>())
            .Which.Revision.Should().Be("nowhere");
        (await FluentActions.Awaiting(() => Repo.Branches.RenameAsync("nowhere", "topic")).Should().ThrowAsync<RevisionNotFoundException>())
            .WithMessage("Revision 'nowhere' not found: no such branch.");
        (await FluentActions.Awaiting(() => Repo.Branches.DeleteAsync("v1")).Should().ThrowAsync<RevisionNotFoundException>())
            .WithMessage("Revision 'v1' not found: no such branch.");
        (await FluentActions.Awaiting(() => Repo.Tags.DeleteAsync("main")).Should().ThrowAsync<RevisionNotFoundException>())
            .WithMessage("Revision 'main' not found: no such tag.");
        await FluentActions.Awaiting(() => Repo.Branches.FindAsync(null!)).Should().ThrowAsync<ArgumentNullException>();

        (await Repo.Branches.ToListAsync()).Select(b => b.Name).Should().Equal("main");
        (await Repo.Tags.ToListAsync()).Select(t => t.Name).Should().Equal("v1");
    }

    [GraphFact]
    public async Task A_read_only_opening_reads_refs_and_refuses_every_ref_write_naming_the_method_called()
    {
        var first = await CommitAsync("first", new Author { Name = "a" });
        await Repo.Branches.CreateAsync("topic", "main");
        await Repo.Tags.CreateAsync("v1", "main");
        var readOnly = await Repository.OpenAsync(NewContext(), new RepositoryOptions { ReadOnly = true });

        (await readOnly.Branches.ToListAsync()).Should().Equal(new Branch("main", first.Id), new Branch("topic", first.Id));
        (await readOnly.Tags.GetAsync("v1")).Should().Be(new CommitTag("v1", first.Id));
        var writes = new (string Operation, Func<Task> Write)[]
        {
            ("Branches.CreateAsync", () => readOnly.Branches.CreateAsync("x", "main")),
            ("Branches.RenameAsync", () => readOnly.Branches.RenameAsync("topic", "x")),
            ("Branches.DeleteAsync", () => readOnly.Branches.DeleteAsync("topic", force: true)),
            ("Tags.CreateAsync", () => readOnly.Tags.CreateAsync("x", "main")),
            ("Tags.DeleteAsync", () => readOnly.Tags.DeleteAsync("v1")),
            ("CreateBranchAsync", () => readOnly.CreateBranchAsync("x", "main")),
            ("RenameBranchAsync", () => readOnly.RenameBranchAsync("topic", "x")),
            ("DeleteBranchAsync", () => readOnly.DeleteBranchAsync("topic", force: true)),
            ("CreateTagAsync", () => readOnly.CreateTagAsync("x", "main")),
            ("DeleteTagAsync", () => readOnly.DeleteTagAsync("v1")),
        };

        foreach (var (operation, write) in writes)
        {
            (await write.Should().ThrowAsync<ReadOnlyRepositoryException>())
                .WithMessage($"{operation} writes, and this repository was opened read-only (RepositoryOptions.ReadOnly). Open the primary database without ReadOnly to write.")
                .Which.Operation.Should().Be(operation);
        }

        (await Repo.Branches.ToListAsync()).Select(b => b.Name).Should().Equal("main", "topic");
        (await Repo.Tags.ToListAsync()).Select(t => t.Name).Should().Equal("v1");
    }
}

public sealed class RefCollectionTests_Sqlite : RefCollectionTests<SqliteProvider>;

public sealed class RefCollectionTests_Postgres : RefCollectionTests<PostgresProvider>
{
    // On a server two writers interleave: the second name-taker waits on the first's uncommitted row. (SQLite lets one
    // writer in at a time, so the race cannot happen there.)
    [GraphFact]
    public async Task Creating_a_name_a_concurrent_creator_takes_first_is_refused_as_taken()
    {
        await CommitAsync("first", new Author { Name = "a" });
        var (first, commit) = await TakeNameInOpenTransactionAsync("feature");

        var creating = Repo.Branches.CreateAsync("feature", "main");
        await WaitUntilBlockedAsync();
        await commit();

        (await FluentActions.Awaiting(() => creating).Should().ThrowAsync<RefNameTakenException>()).Which.Name.Should().Be("feature");
        (await Repo.Tags.GetAsync("feature")).Should().NotBeNull("the first creator's tag stands");
        await first.DisposeAsync();
    }

    [GraphFact]
    public async Task Renaming_onto_a_name_a_concurrent_creator_takes_first_is_refused_as_taken_and_keeps_the_branch()
    {
        var head = await CommitAsync("first", new Author { Name = "a" });
        await Repo.Branches.CreateAsync("topic", "main");
        var (first, commit) = await TakeNameInOpenTransactionAsync("feature");

        var renaming = Repo.Branches.RenameAsync("topic", "feature");
        await WaitUntilBlockedAsync();
        await commit();

        (await FluentActions.Awaiting(() => renaming).Should().ThrowAsync<RefNameTakenException>()).Which.Name.Should().Be("feature");
        (await Repo.Branches.GetAsync("topic")).Should().Be(new Branch("topic", head.Id));
        (await Repo.Branches.FindAsync("feature")).Should().BeNull("the name went to the other creator's tag");
        await first.DisposeAsync();
    }

    // Another repository, on its own connection, creates a tag of that name inside a transaction it has not committed.
    private async Task<(LibraryContext Db, Func<Task> Commit)> TakeNameInOpenTransactionAsync(string name)
    {
        var other = NewContext();
        var repo = await Repository.OpenAsync(other);
        var transaction = await other.Database.BeginTransactionAsync();
        await repo.Tags.CreateAsync(name, "main");
        return (other, () => transaction.CommitAsync());
    }

    private async Task WaitUntilBlockedAsync()
    {
        await using var probe = Provider.NewConnection();
        await probe.OpenAsync();
        await using var command = probe.CreateCommand();
        command.CommandText = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'";
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the second writer should wait on the first one's row");
            await Task.Delay(20);
        }
    }
}
