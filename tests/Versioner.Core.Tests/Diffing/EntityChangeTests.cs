using static Versioner.Tests.Infrastructure.TestIds;

namespace Versioner.Tests.Diffing;

public sealed class EntityChangeTests
{
    private static VersionContent V(VersionId versionId, params KeyValuePair<string, FieldValue>[] fields) =>
        new("Book", Book, versionId, fields);

    [Fact]
    public void Both_absent_is_no_change()
    {
        EntityChange.Compare(null, null).Should().BeNull();
    }

    [Fact]
    public void Unchanged_fields_are_no_change_even_with_a_new_version_id()
    {
        var before = V(BookV1, Field("Title", "Dune"), Field("Price", 12.50m));
        var after = V(BookV2, Field("Price", 12.5m), Field("Title", "Dune"));

        EntityChange.Compare(before, after).Should().BeNull();
    }

    [Fact]
    public void A_new_entity_is_added_with_every_non_null_field()
    {
        var after = V(BookV1, Field("Title", "Dune"), Field("Subtitle", null), Field("Pages", 412));

        var change = EntityChange.Compare(null, after)!;

        change.Kind.Should().Be(ChangeKind.Added);
        change.OldVersion.Should().BeNull();
        change.NewVersion.Should().BeSameAs(after);
        change.EntityType.Should().Be("Book");
        change.EternalId.Should().Be(Book);
        change.Fields.Should().Equal(
            new FieldChange("Pages", FieldValue.Null, FieldValue.From(412)) { OldIsAbsent = true },
            new FieldChange("Title", FieldValue.Null, FieldValue.From("Dune")) { OldIsAbsent = true });
        change.Fields.Should().OnlyContain(f => f.OldIsAbsent && !f.NewIsAbsent, "the entity was not there before");
        change.ToString().Should().Be("+ Book 3c4d5e6f: Pages, Title");
    }

    [Fact]
    public void A_deleted_entity_is_removed_with_every_non_null_field()
    {
        var before = V(BookV1, Field("Title", "Dune"), Field("Subtitle", null));

        var change = EntityChange.Compare(before, null)!;

        change.Kind.Should().Be(ChangeKind.Removed);
        change.NewVersion.Should().BeNull();
        change.Fields.Should().Equal(new FieldChange("Title", FieldValue.From("Dune"), FieldValue.Null) { NewIsAbsent = true });
        change.ToString().Should().Be("- Book 3c4d5e6f: Title");
    }

    [Fact]
    public void A_modified_entity_lists_only_the_fields_that_changed_by_ordinal_name()
    {
        var before = V(BookV1, Field("Title", "Dune"), Field("Price", 12.5m), Field("Pages", 412));
        var after = V(BookV2, Field("Title", "Dune Messiah"), Field("Price", 9.99m), Field("Pages", 412));

        var change = EntityChange.Compare(before, after)!;

        change.Kind.Should().Be(ChangeKind.Modified);
        change.Fields.Select(f => f.Field).Should().Equal("Price", "Title");
        change.Fields[1].OldValue.Should().Be(FieldValue.From("Dune"));
        change.Fields[1].NewValue.Should().Be(FieldValue.From("Dune Messiah"));
        change.Fields[1].ToString().Should().Be("Title: Dune → Dune Messiah");
        change.ToString().Should().Be("~ Book 3c4d5e6f: Price, Title");
    }

    [Fact]
    public void A_field_present_on_one_side_only_changes_from_or_to_absent()
    {
        var before = V(BookV1, Field("Title", "Dune"), Field("Subtitle", "Book one"));
        var after = V(BookV2, Field("Title", "Dune"), Field("Pages", 412));

        var change = EntityChange.Compare(before, after)!;

        change.Fields.Should().Equal(
            new FieldChange("Pages", FieldValue.Null, FieldValue.From(412)) { OldIsAbsent = true },
            new FieldChange("Subtitle", FieldValue.From("Book one"), FieldValue.Null) { NewIsAbsent = true });
        change.Fields[0].ToString().Should().Be("Pages: (absent) → 412");
        change.Fields[1].ToString().Should().Be("Subtitle: Book one → (absent)");
    }

    [Fact]
    public void A_missing_field_and_a_null_field_differ_as_their_checksums_do()
    {
        var without = V(BookV1, Field("Title", "Dune"));
        var withNull = V(BookV2, Field("Title", "Dune"), Field("Subtitle", null));

        var appeared = EntityChange.Compare(without, withNull)!.Fields.Should().ContainSingle().Subject;
        var disappeared = EntityChange.Compare(withNull, without)!.Fields.Should().ContainSingle().Subject;

        appeared.Should().Be(new FieldChange("Subtitle", FieldValue.Null, FieldValue.Null) { OldIsAbsent = true });
        appeared.ToString().Should().Be("Subtitle: (absent) → null");
        disappeared.Should().Be(new FieldChange("Subtitle", FieldValue.Null, FieldValue.Null) { NewIsAbsent = true });
        appeared.Should().NotBe(disappeared);
        new VersionContent("Book", Book, BookV1, without.Fields).ComputeChecksum()
            .Should().NotBe(new VersionContent("Book", Book, BookV1, withNull.Fields).ComputeChecksum());
    }

    [Fact]
    public void A_modified_field_present_on_both_sides_is_absent_on_neither()
    {
        var field = EntityChange.Compare(V(BookV1, Field("Subtitle", "Book one")), V(BookV2, Field("Subtitle", null)))!.Fields.Single();

        (field.OldIsAbsent, field.NewIsAbsent).Should().Be((false, false), "a null value is a value the version has");
        field.ToString().Should().Be("Subtitle: Book one → null");
    }

    [Fact]
    public void A_side_holding_a_value_cannot_be_absent()
    {
        var old = () => new FieldChange("Title", FieldValue.From("Dune"), FieldValue.Null) { OldIsAbsent = true };
        var @new = () => new FieldChange("Title", FieldValue.Null, FieldValue.From("Dune")) { NewIsAbsent = true };

        old.Should().Throw<ArgumentException>().WithMessage("Field 'Title' cannot be absent on the old side and hold Dune there.*");
        @new.Should().Throw<ArgumentException>().WithMessage("Field 'Title' cannot be absent on the new side and hold Dune there.*");
        new FieldChange("Title", FieldValue.From("Dune"), FieldValue.Null) { OldIsAbsent = false }.OldIsAbsent.Should().BeFalse();
    }

    [Fact]
    public void A_set_field_says_which_members_were_added_and_removed()
    {
        var before = V(BookV1, Field("Tags", EternalIdSet.Of(TagA, TagB)));
        var after = V(BookV2, Field("Tags", EternalIdSet.Of(TagB, TagC)));

        var field = EntityChange.Compare(before, after)!.Fields.Should().ContainSingle().Subject;

        field.Field.Should().Be("Tags");
        field.MembersAdded.Should().Equal(TagC);
        field.MembersRemoved.Should().Equal(TagA);
        field.ToString().Should().Be("Tags: +1 -1 members");
    }

    [Fact]
    public void A_set_field_that_appears_adds_every_member()
    {
        var field = EntityChange.Compare(null, V(BookV1, Field("Tags", EternalIdSet.Of(TagC, TagA))))!.Fields.Single();

        field.MembersAdded.Should().Equal(TagA, TagC);
        field.MembersRemoved.Should().BeEmpty();
    }

    [Fact]
    public void A_set_field_that_disappears_removes_every_member()
    {
        var field = EntityChange.Compare(V(BookV1, Field("Tags", EternalIdSet.Of(TagB))), V(BookV2))!.Fields.Single();

        field.MembersAdded.Should().BeEmpty();
        field.MembersRemoved.Should().Equal(TagB);
    }

    [Fact]
    public void An_unchanged_set_is_no_change()
    {
        EntityChange.Compare(V(BookV1, Field("Tags", EternalIdSet.Of(TagA, TagB))), V(BookV2, Field("Tags", EternalIdSet.Of(TagB, TagA))))
            .Should().BeNull();
    }

    [Fact]
    public void Other_fields_have_no_member_changes()
    {
        var field = EntityChange.Compare(V(BookV1, Field("Title", "Dune")), V(BookV2, Field("Title", "Dune Messiah")))!.Fields.Single();

        field.MembersAdded.Should().BeEmpty();
        field.MembersRemoved.Should().BeEmpty();
    }

    [Fact]
    public void A_change_needs_an_old_or_a_new_version()
    {
        var act = () => new EntityChange(ChangeKind.Added, null, null, []);

        act.Should().Throw<ArgumentException>().WithMessage("A change needs an old or a new version.*");
    }
}
