using Microsoft.EntityFrameworkCore;
using Versioner.Storage;

namespace Versioner.Model;

/// <summary>Maps Versioner's own tables. Names are lower snake case so no provider needs them quoted.</summary>
internal static class SystemTables
{
    public const string Commits = "versioner_commits";
    public const string CommitParents = "versioner_commit_parents";
    public const string Refs = "versioner_refs";
    public const string Segments = "versioner_segments";
    public const string Entities = "versioner_entities";
    public const string Changes = "versioner_changes";
    public const string Documents = "versioner_documents";
    public const string Pointers = "versioner_pointers";
    public const string PointerMembers = "versioner_pointer_members";
    public const string Conflicts = "versioner_merge_conflicts";
    public const string Meta = "versioner_meta";
    public const string Maintenance = "versioner_maintenance";
    public const string Redactions = "versioner_redactions";
    public const string RedactedVersions = "versioner_redacted_versions";
    public const string RedactedCommits = "versioner_redacted_commits";
    public const string RedactedMessages = "versioner_redacted_messages";
    public const string Pruned = "versioner_pruned";
    public const string Manifests = "versioner_manifests";

    /// <summary>The documents' index of each document type's rows by place (storage format 6).</summary>
    public const string DocumentsByPlace = "ix_versioner_documents_type_path";

    /// <param name="model">The model to add the tables to.</param>
    /// <param name="foreignKeys">Whether change rows reference their commit and eternal id (<see cref="VersioningModelOptions.ForeignKeys"/>).</param>
    public static void Configure(ModelBuilder model, bool foreignKeys)
    {
        model.Entity<CommitRow>(b =>
        {
            b.ToTable(Commits);
            b.HasKey(c => c.Id);
            b.Property(c => c.Id).HasColumnName("id").HasConversion(VersionerConverters.CommitId);
            b.Property(c => c.State).HasColumnName("state");
            b.Property(c => c.Checksum).HasColumnName("checksum");
            b.Property(c => c.Author).HasColumnName("author");
            b.Property(c => c.Message).HasColumnName("message");
            b.Property(c => c.TimestampMicros).HasColumnName("timestamp_us");
            b.Property(c => c.Segment).HasColumnName("segment");
            b.Property(c => c.Depth).HasColumnName("depth");
            b.Property(c => c.Generation).HasColumnName("generation");
            b.Property(c => c.Branch).HasColumnName("branch");
            b.Property(c => c.Seq).HasColumnName("seq");
            b.HasIndex(c => c.Seq).IsUnique().HasDatabaseName("ix_versioner_commits_seq");
            b.HasIndex(c => new { c.Segment, c.Depth }).IsUnique().HasDatabaseName("ix_versioner_commits_segment_depth");
            b.HasIndex(c => c.Checksum).HasDatabaseName("ix_versioner_commits_checksum");
        });

        model.Entity<CommitParentRow>(b =>
        {
            b.ToTable(CommitParents);
            b.HasKey(p => new { p.CommitId, p.Ordinal });
            b.Property(p => p.CommitId).HasColumnName("commit_id").HasConversion(VersionerConverters.CommitId);
            b.Property(p => p.Ordinal).HasColumnName("ordinal");
            b.Property(p => p.ParentId).HasColumnName("parent_id").HasConversion(VersionerConverters.CommitId);
            b.HasOne<CommitRow>().WithMany().HasForeignKey(p => p.CommitId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<CommitRow>().WithMany().HasForeignKey(p => p.ParentId).OnDelete(DeleteBehavior.Restrict);
            b.HasIndex(p => p.ParentId).HasDatabaseName("ix_versioner_commit_parents_parent");
        });

        model.Entity<RefRow>(b =>
        {
            b.ToTable(Refs);
            b.HasKey(r => r.Name);
            b.Property(r => r.Name).HasColumnName("name");
            b.Property(r => r.Kind).HasColumnName("kind");
            b.Property(r => r.CommitId).HasColumnName("commit_id").HasConversion(VersionerConverters.CommitId);
            b.HasOne<CommitRow>().WithMany().HasForeignKey(r => r.CommitId).OnDelete(DeleteBehavior.Restrict);
        });

        model.Entity<SegmentRow>(b =>
        {
            b.ToTable(Segments);
            b.HasKey(s => s.Id);
            b.Property(s => s.Id).HasColumnName("id").ValueGeneratedNever();
            b.Property(s => s.ParentSegment).HasColumnName("parent_segment");
            b.Property(s => s.ForkDepth).HasColumnName("fork_depth");
        });

        model.Entity<EntityRow>(b =>
        {
            b.ToTable(Entities);
            b.HasKey(e => e.EternalId);
            b.Property(e => e.EternalId).HasColumnName("eternal_id").HasConversion(VersionerConverters.EternalId);
            b.Property(e => e.EntityType).HasColumnName("entity_type");
        });

        model.Entity<ChangeRow>(b =>
        {
            b.ToTable(Changes);
            b.HasKey(c => new { c.CommitId, c.EternalId });
            b.Property(c => c.CommitId).HasColumnName("commit_id").HasConversion(VersionerConverters.CommitId);
            b.Property(c => c.EternalId).HasColumnName("eternal_id").HasConversion(VersionerConverters.EternalId);
            b.Property(c => c.EntityType).HasColumnName("entity_type");
            b.Property(c => c.VersionId).HasColumnName("version_id").HasConversion(VersionerConverters.VersionId);
            b.Property(c => c.VersionChecksum).HasColumnName("version_checksum");
            b.Property(c => c.Adopted).HasColumnName("adopted");
            b.Property(c => c.Segment).HasColumnName("segment");
            b.Property(c => c.Depth).HasColumnName("depth");
            b.Property(c => c.UntilDepth).HasColumnName("until_depth");
            if (foreignKeys)
            {
                // No index of their own either way: the primary key covers commit_id, the entity-path index eternal_id.
                b.HasOne<CommitRow>().WithMany().HasForeignKey(c => c.CommitId).OnDelete(DeleteBehavior.Restrict);
                b.HasOne<EntityRow>().WithMany().HasForeignKey(c => c.EternalId).OnDelete(DeleteBehavior.Restrict);
            }

            b.HasIndex(c => new { c.EternalId, c.Segment, c.Depth }).HasDatabaseName("ix_versioner_changes_entity_path");
            b.HasIndex(c => new { c.EntityType, c.Segment, c.Depth }).HasDatabaseName("ix_versioner_changes_type_path");
        });

        model.Entity<DocumentRow>(b =>
        {
            b.ToTable(Documents);
            b.HasKey(d => d.VersionId);
            b.Property(d => d.VersionId).HasColumnName("version_id").HasConversion(VersionerConverters.VersionId);
            b.Property(d => d.EternalId).HasColumnName("eternal_id").HasConversion(VersionerConverters.EternalId);
            b.Property(d => d.CommitId).HasColumnName("commit_id").HasConversion(VersionerConverters.CommitId);
            b.Property(d => d.EntityType).HasColumnName("entity_type");
            b.Property(d => d.Data).HasColumnName("data");
            b.Property(d => d.Segment).HasColumnName(PlaceColumns.Segment);
            b.Property(d => d.Depth).HasColumnName(PlaceColumns.Depth);
            b.Property(d => d.Until).HasColumnName(PlaceColumns.Until);
            b.Property(d => d.Checksum).HasColumnName(PlaceColumns.Checksum);
            b.HasOne<EntityRow>().WithMany().HasForeignKey(d => d.EternalId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<CommitRow>().WithMany().HasForeignKey(d => d.CommitId).OnDelete(DeleteBehavior.Restrict);

            // As a versioned type's table has them (PlaceColumns.Configure); a read of all is of one document type.
            b.HasIndex(d => new { d.EternalId, d.Segment, d.Depth }).HasDatabaseName("ix_versioner_documents_entity_path");
            b.HasIndex(d => new { d.EntityType, d.Segment, d.Depth }).HasDatabaseName(DocumentsByPlace);
        });

        model.Entity<PointerRow>(b =>
        {
            b.ToTable(Pointers);
            b.HasKey(p => p.Checksum);
            b.Property(p => p.Checksum).HasColumnName("checksum");
            b.Property(p => p.Kind).HasColumnName("kind");
            b.Property(p => p.Content).HasColumnName("content");
        });

        model.Entity<ConflictRow>(b =>
        {
            b.ToTable(Conflicts);
            b.HasKey(c => new { c.CommitId, c.EternalId, c.Fields });
            b.Property(c => c.CommitId).HasColumnName("commit_id").HasConversion(VersionerConverters.CommitId);
            b.Property(c => c.EternalId).HasColumnName("eternal_id").HasConversion(VersionerConverters.EternalId);
            b.Property(c => c.Fields).HasColumnName("fields");
            b.Property(c => c.EntityType).HasColumnName("entity_type");
            b.Property(c => c.Kind).HasColumnName("kind");
            b.Property(c => c.BaseVersion).HasColumnName("base_version").HasConversion(VersionerConverters.VersionId);
            b.Property(c => c.OursVersion).HasColumnName("ours_version").HasConversion(VersionerConverters.VersionId);
            b.Property(c => c.TheirsVersion).HasColumnName("theirs_version").HasConversion(VersionerConverters.VersionId);
            b.HasOne<CommitRow>().WithMany().HasForeignKey(c => c.CommitId).OnDelete(DeleteBehavior.Restrict);
        });

        model.Entity<MetaRow>(b =>
        {
            b.ToTable(Meta);
            b.HasKey(m => m.Key);
            b.Property(m => m.Key).HasColumnName("key");
            b.Property(m => m.Value).HasColumnName("value");
        });

        model.Entity<MaintenanceRow>(b =>
        {
            b.ToTable(Maintenance);
            b.HasKey(m => m.Token);
            b.Property(m => m.Token).HasColumnName("token").ValueGeneratedNever();
        });

        ConfigureRedactions(model);
        model.Entity<PrunedRow>(b =>
        {
            b.ToTable(Pruned);
            b.HasKey(p => p.VersionId);
            b.Property(p => p.VersionId).HasColumnName("version_id").HasConversion(VersionerConverters.VersionId);
            b.Property(p => p.EntityType).HasColumnName("entity_type");
            b.Property(p => p.EternalId).HasColumnName("eternal_id").HasConversion(VersionerConverters.EternalId);
            b.Property(p => p.CommitId).HasColumnName("commit_id").HasConversion(VersionerConverters.CommitId);
            b.Property(p => p.Checksum).HasColumnName("checksum");
            b.Property(p => p.PrunedAtMicros).HasColumnName("pruned_at_us");
            b.Property(p => p.Policy).HasColumnName("policy");
            b.HasOne<CommitRow>().WithMany().HasForeignKey(p => p.CommitId).OnDelete(DeleteBehavior.Restrict);
        });

        model.Entity<ManifestRow>(b =>
        {
            b.ToTable(Manifests);
            b.HasKey(m => m.CommitId);
            b.Property(m => m.CommitId).HasColumnName("commit_id").HasConversion(VersionerConverters.CommitId);
            b.Property(m => m.Changes).HasColumnName("changes");
            b.HasOne<CommitRow>().WithMany().HasForeignKey(m => m.CommitId).OnDelete(DeleteBehavior.Restrict);
        });

        model.Entity<PointerMemberRow>(b =>
        {
            b.ToTable(PointerMembers);
            b.Property(m => m.Set).HasColumnName("set_checksum").HasConversion(VersionerConverters.Set, VersionerConverters.SetComparer);
            b.Property(m => m.Member).HasColumnName("member").HasConversion(VersionerConverters.EternalId);
            b.HasKey(m => new { m.Set, m.Member });
            b.HasIndex(m => m.Member).HasDatabaseName("ix_versioner_pointer_members_member");
        });
    }

    private static void ConfigureRedactions(ModelBuilder model)
    {
        model.Entity<RedactionRow>(b =>
        {
            b.ToTable(Redactions);
            b.HasKey(r => r.Id);
            b.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
            b.Property(r => r.Author).HasColumnName("author");
            b.Property(r => r.Reason).HasColumnName("reason");
            b.Property(r => r.TimestampMicros).HasColumnName("timestamp_us");
        });

        model.Entity<RedactedVersionRow>(b =>
        {
            b.ToTable(RedactedVersions);
            b.HasKey(r => new { r.RedactionId, r.VersionId });
            b.Property(r => r.RedactionId).HasColumnName("redaction_id");
            b.Property(r => r.VersionId).HasColumnName("version_id").HasConversion(VersionerConverters.VersionId);
            b.Property(r => r.EntityType).HasColumnName("entity_type");
            b.Property(r => r.EternalId).HasColumnName("eternal_id").HasConversion(VersionerConverters.EternalId);
            b.Property(r => r.Fields).HasColumnName("fields");
            b.HasOne<RedactionRow>().WithMany().HasForeignKey(r => r.RedactionId).OnDelete(DeleteBehavior.Restrict);
            b.HasIndex(r => r.VersionId).HasDatabaseName("ix_versioner_redacted_versions_version");
        });

        model.Entity<RedactedCommitRow>(b =>
        {
            b.ToTable(RedactedCommits);
            b.HasKey(r => new { r.RedactionId, r.CommitId });
            b.Property(r => r.RedactionId).HasColumnName("redaction_id");
            b.Property(r => r.CommitId).HasColumnName("commit_id").HasConversion(VersionerConverters.CommitId);
            b.Property(r => r.Checksum).HasColumnName("checksum");
            b.HasOne<RedactionRow>().WithMany().HasForeignKey(r => r.RedactionId).OnDelete(DeleteBehavior.Restrict);
            b.HasIndex(r => r.CommitId).HasDatabaseName("ix_versioner_redacted_commits_commit");
        });

        model.Entity<RedactedMessageRow>(b =>
        {
            b.ToTable(RedactedMessages);
            b.HasKey(r => new { r.RedactionId, r.CommitId });
            b.Property(r => r.RedactionId).HasColumnName("redaction_id");
            b.Property(r => r.CommitId).HasColumnName("commit_id").HasConversion(VersionerConverters.CommitId);
            b.HasOne<RedactionRow>().WithMany().HasForeignKey(r => r.RedactionId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
