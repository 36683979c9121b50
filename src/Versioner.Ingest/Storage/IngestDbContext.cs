using Microsoft.EntityFrameworkCore;

namespace Versioner.Ingest.Storage;

/// <summary>
/// The service's database: Versioner's tables (documents, commits) plus the ingest tables, created together by
/// <c>EnsureCreated</c>. No typed entities: ingested versions are dynamic documents.
/// </summary>
internal sealed class IngestDbContext(DbContextOptions<IngestDbContext> options) : DbContext(options)
{
    public const string VersionsTable = "ingest_versions";
    public const string StateTable = "ingest_state";

    public DbSet<IngestRecord> Records => Set<IngestRecord>();

    public DbSet<IngestStateRow> State => Set<IngestStateRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<IngestRecord>(b =>
        {
            b.ToTable(VersionsTable);
            b.HasKey(r => r.VersionId);
            b.Property(r => r.VersionId).HasColumnName("version_id").ValueGeneratedNever();
            b.Property(r => r.EntityType).HasColumnName("entity_type");
            b.Property(r => r.EternalId).HasColumnName("eternal_id");
            b.Property(r => r.Operation).HasColumnName("operation");
            b.Property(r => r.StoredVersionId).HasColumnName("stored_version_id");
            b.Property(r => r.CommitId).HasColumnName("commit_id");
            b.Property(r => r.Author).HasColumnName("author");
            b.Property(r => r.TimestampTicks).HasColumnName("timestamp_ticks");
            b.Property(r => r.Message).HasColumnName("message");
            b.Property(r => r.Source).HasColumnName("source");
            b.Property(r => r.ContentHash).HasColumnName("content_hash");
            b.Property(r => r.ReceivedTicks).HasColumnName("received_ticks");
            b.Ignore(r => r.Redacted);
            b.HasIndex(r => r.CommitId).HasDatabaseName("ix_ingest_versions_commit");
            b.HasIndex(r => new { r.EternalId, r.CommitId }).HasDatabaseName("ix_ingest_versions_entity_commit");
        });

        modelBuilder.Entity<IngestStateRow>(b =>
        {
            b.ToTable(StateTable);
            b.HasKey(s => s.Name);
            b.Property(s => s.Name).HasColumnName("name");
            b.Property(s => s.Value).HasColumnName("value");
        });

        modelBuilder.UseVersioning();
    }
}
