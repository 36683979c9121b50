using static Versioner.Tests.Infrastructure.TestIds;

namespace Versioner.Tests.Diffing;

/// <summary>
/// A field a version lacks (a JSON document without that member) is absent, which a null value is not: the field-level
/// merge keeps the two apart as the checksums do.
/// </summary>
public sealed class ThreeWayMergeAbsenceTests
{
    private static VersionContent V(VersionId versionId, params KeyValuePair<string, FieldValue>[] fields) =>
        new("Invoice", Book, versionId, fields);

    private static readonly VersionId Base = BookV1;
    private static readonly VersionId Ours = BookV2;
    private static readonly VersionId Theirs = VersionId.Parse("0192f1c4-0000-7000-8000-000000000003");

    [Fact]
    public void Removed_on_one_side_and_set_null_on_the_other_conflicts()
    {
        var merge = ThreeWayMerge.Merge(
            V(Base, Field("note", "rush"), Field("number", 1)),
            V(Ours, Field("number", 1)),
            V(Theirs, Field("note", null), Field("number", 1)));

        var conflict = merge.Conflicts.Should().ContainSingle().Subject;
        conflict.Kind.Should().Be(ConflictKind.Field);
        conflict.Field.Should().Be("note");
        conflict.Ours.Should().NotContainKey("note");
        conflict.Theirs!["note"].IsNull.Should().BeTrue();
        conflict.ToString().Should().EndWith("note: base rush, ours (absent), theirs null");
        merge.Fields.Should().NotContainKey("note", "a conflicted field holds our side until resolved, and ours has none");
    }

    [Theory]
    [InlineData("field")]
    [InlineData("type")]
    public void A_policy_taking_the_side_that_removed_the_member_leaves_it_absent(string scope)
    {
        var policy = scope == "field" ? new MergePolicy().Resolve("Invoice", "note", MergeStrategy.Ours) : new MergePolicy().Resolve("Invoice", MergeStrategy.Ours);

        var merge = ThreeWayMerge.Merge(
            V(Base, Field("note", "rush"), Field("number", 1), Field("total", 1)),
            V(Ours, Field("number", 1), Field("total", 2)),
            V(Theirs, Field("note", null), Field("number", 3), Field("total", 1)),
            policy);

        merge.HasConflicts.Should().BeFalse();
        merge.Outcome.Should().Be(EntityMergeOutcome.Merged);
        merge.Fields.Should().BeEquivalentTo(
            new Dictionary<string, FieldValue> { ["number"] = FieldValue.From(3), ["total"] = FieldValue.From(2) },
            "ours has no note; the other fields merge as usual");
    }

    [Fact]
    public void A_policy_function_returning_null_settles_the_field_as_absent_and_a_value_as_present()
    {
        var settled = new MergePolicy()
            .Resolve("Invoice", "note", c => c.Ours!.TryGetValue("note", out var ours) && c.Theirs!.ContainsKey("note") ? ours : null)
            .Resolve("Invoice", "total", _ => FieldValue.Null);

        var merge = ThreeWayMerge.Merge(
            V(Base, Field("note", "rush"), Field("number", 1), Field("total", 1)),
            V(Ours, Field("note", "urgent"), Field("number", 1), Field("total", 2)),
            V(Theirs, Field("number", 1), Field("total", 3)),
            settled);

        merge.HasConflicts.Should().BeFalse();
        merge.Fields.Should().BeEquivalentTo(
            new Dictionary<string, FieldValue> { ["number"] = FieldValue.From(1), ["total"] = FieldValue.Null },
            "null from the function leaves the note out; FieldValue.Null keeps the total, its value null");
    }

    [Fact]
    public void A_policy_taking_theirs_when_they_removed_the_member_leaves_it_absent_and_ours_kept_present()
    {
        var merge = ThreeWayMerge.Merge(
            V(Base, Field("note", "rush"), Field("number", 1)),
            V(Ours, Field("note", "urgent"), Field("number", 1)),
            V(Theirs, Field("number", 1)),
            new MergePolicy().Resolve("Invoice", "note", MergeStrategy.Theirs));

        merge.HasConflicts.Should().BeFalse();
        merge.Outcome.Should().Be(EntityMergeOutcome.TakeTheirs, "theirs has no note, and the rest agrees");

        var ours = ThreeWayMerge.Merge(
            V(Base, Field("note", "rush"), Field("number", 1)),
            V(Ours, Field("note", "urgent"), Field("number", 1)),
            V(Theirs, Field("number", 1)),
            new MergePolicy().Resolve("Invoice", "note", MergeStrategy.Ours));
        ours.Outcome.Should().Be(EntityMergeOutcome.KeepOurs);
    }

    [Fact]
    public void A_member_removed_on_one_side_stays_removed_when_the_other_changes_another()
    {
        var merge = ThreeWayMerge.Merge(
            V(Base, Field("note", "rush"), Field("total", 5)),
            V(Ours, Field("total", 5)),
            V(Theirs, Field("note", "rush"), Field("total", 7)));

        merge.Outcome.Should().Be(EntityMergeOutcome.Merged);
        merge.HasConflicts.Should().BeFalse();
        merge.Fields.Should().BeEquivalentTo(new Dictionary<string, FieldValue> { ["total"] = FieldValue.From(7) });
    }

    [Fact]
    public void A_null_member_removed_on_one_side_is_a_change_the_merge_takes()
    {
        var merge = ThreeWayMerge.Merge(
            V(Base, Field("note", null), Field("total", 5)),
            V(Ours, Field("note", null), Field("total", 6)),
            V(Theirs, Field("total", 5)));

        merge.Outcome.Should().Be(EntityMergeOutcome.Merged);
        merge.Fields.Should().BeEquivalentTo(new Dictionary<string, FieldValue> { ["total"] = FieldValue.From(6) }, "their removal of the null member applies");
    }

    [Fact]
    public void Sides_that_differ_only_by_an_absent_and_a_null_member_are_not_the_same()
    {
        var merge = ThreeWayMerge.Merge(
            V(Base, Field("a", null)),
            V(Ours, Field("a", null)),
            V(Theirs, Field("b", null)));

        merge.Outcome.Should().Be(EntityMergeOutcome.TakeTheirs, "ours is the base unchanged; theirs removed a and added b, both null");
    }

    [Fact]
    public void With_no_base_a_field_added_null_on_one_side_takes_the_others_value()
    {
        var merge = ThreeWayMerge.Merge(
            null,
            V(Ours, Field("Title", "Dune"), Field("Subtitle", null)),
            V(Theirs, Field("Title", "Dune"), Field("Subtitle", "Book one")));

        merge.HasConflicts.Should().BeFalse("an entity added on both sides compares against a base whose fields read as null, as a typed version's unset fields are");
        merge.Outcome.Should().Be(EntityMergeOutcome.TakeTheirs);
    }
}
