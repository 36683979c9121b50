using Microsoft.EntityFrameworkCore;

namespace Versioner.Tests.Model;

// A second model for the integrity tests: every kind of declared reference, with required ids (no nullable escape).

public sealed class Division : Versioned
{
    public string Name { get; set; } = "";
}

public sealed class Sponsor : Versioned
{
    public string Name { get; set; } = "";
}

public sealed class Team : Versioned
{
    public string Name { get; set; } = "";

    /// <summary>Required, follows the division's current version.</summary>
    public EternalId DivisionId { get; set; }

    /// <summary>Optional and allowed to dangle: a rival may be dissolved.</summary>
    public EternalId? RivalId { get; set; }

    /// <summary>Many-to-many, members held to <see cref="Sponsor"/>.</summary>
    public EternalIdSet Sponsors { get; set; } = EternalIdSet.Empty;
}

public sealed class Employee : Versioned
{
    public string Name { get; set; } = "";

    /// <summary>Pinned: the team as it was when the contract was signed.</summary>
    public VersionId TeamVersionId { get; set; }
}

public sealed class LeagueContext(DbContextOptions<LeagueContext> options) : DbContext(options)
{
    public DbSet<Division> Divisions => Set<Division>();
    public DbSet<Sponsor> Sponsors => Set<Sponsor>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<Employee> Employees => Set<Employee>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Team>(b =>
        {
            b.Reference(t => t.DivisionId).To<Division>();
            b.Reference(t => t.RivalId).AllowDangling().To<Team>();
            b.Members(t => t.Sponsors).To<Sponsor>();
        });
        modelBuilder.Entity<Employee>().Pin(e => e.TeamVersionId).To<Team>();
        modelBuilder.UseVersioning();
    }
}
