using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

/// <summary>
/// Declared references hold in every finalized snapshot: a removal that would leave one dangling is refused (merges
/// included), unless the reference allows it; pins name finalized versions only; unset references are refused on
/// save; sets declared with <c>Members</c> hold only current entities of their type.
/// </summary>
public abstract class ReferenceIntegrityTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    private Repository _repo = null!;

    private async Task LeagueAsync() => _repo = (await OpenModelAsync<LeagueContext>(options => new LeagueContext(options))).Repo;

    private async Task<(Division Division, Team Team)> DivisionWithTeamAsync()
    {
        await LeagueAsync();
        var ws = await _repo.CheckoutAsync();
        var division = await ws.SaveAsync(new Division { Name = "North" });
        var team = await ws.SaveAsync(new Team { Name = "Owls", DivisionId = division.EternalId });
        await ws.FinalizeAsync("ada", "north and its owls");
        return (division, team);
    }

    private async Task<Commit> HeadAsync(string branch = "main") => await _repo.FindCommitAsync(branch);

    [GraphFact]
    public async Task Removing_an_entity_the_resulting_snapshot_still_refers_to_is_refused_naming_the_referrers()
    {
        var (division, team) = await DivisionWithTeamAsync();
        var head = await HeadAsync();
        var ws = await _repo.CheckoutAsync();
        await ws.RemoveAsync(division);

        var act = () => ws.FinalizeAsync("ada", "dissolve north");

        var violation = (await act.Should().ThrowAsync<SnapshotConstraintException>()).Which.Violations.Should().ContainSingle().Subject;
        violation.Constraint.Should().Be("Team.DivisionId → Division");
        violation.EntityType.Should().Be("Team");
        violation.Entities.Should().Equal(team.EternalId, division.EternalId);
        violation.Key.Should().Contain($"{division.EternalId} is removed by this commit").And.Contain("1 Team(s)").And.Contain("DivisionId");
        (await HeadAsync()).Id.Should().Be(head.Id, "nothing was committed");
        (await (await _repo.SnapshotAsync("main")).FindAsync<Division>(division.EternalId)).Should().NotBeNull();
    }

    [GraphFact]
    public async Task Removing_the_referrers_too_or_moving_them_first_is_allowed()
    {
        var (north, owls) = await DivisionWithTeamAsync();
        var ws = await _repo.CheckoutAsync();
        var south = await ws.SaveAsync(new Division { Name = "South" });
        var hawks = await ws.SaveAsync(new Team { Name = "Hawks", DivisionId = north.EternalId });
        await ws.FinalizeAsync("ada", "south, hawks");

        hawks.DivisionId = south.EternalId;
        await ws.SaveAsync(hawks);
        await ws.RemoveAsync(owls);
        await ws.RemoveAsync(north);
        await ws.FinalizeAsync("ada", "dissolve north: owls go, hawks move south");

        var now = await _repo.SnapshotAsync("main");
        (await now.Query<Division>().Select(d => d.Name).ToListAsync()).Should().Equal("South");
        (await now.Query<Team>().Select(t => t.Name).ToListAsync()).Should().Equal("Hawks");
    }

    [GraphFact]
    public async Task A_merge_that_takes_a_removal_the_merged_snapshot_still_refers_to_is_refused()
    {
        var (division, owls) = await DivisionWithTeamAsync();
        await _repo.CreateBranchAsync("topic", "main");
        var topic = await _repo.CheckoutAsync("topic");
        await topic.RemoveAsync(owls);
        await topic.RemoveAsync(division);
        await topic.FinalizeAsync("ada", "dissolve north with its only team");
        var main = await _repo.CheckoutAsync();
        var hawks = await main.SaveAsync(new Team { Name = "Hawks", DivisionId = division.EternalId });
        await main.FinalizeAsync("bob", "hawks join north");
        var head = await HeadAsync();

        var act = () => main.MergeAsync("topic");

        var violation = (await act.Should().ThrowAsync<SnapshotConstraintException>()).Which.Violations.Should().ContainSingle().Subject;
        violation.Entities.Should().Equal(hawks.EternalId, division.EternalId);
        (await HeadAsync()).Id.Should().Be(head.Id, "the merge was not committed");
    }

    [GraphFact]
    public async Task A_merge_that_takes_a_reference_to_an_entity_the_merged_snapshot_lacks_is_refused()
    {
        var (division, owls) = await DivisionWithTeamAsync();
        await _repo.CreateBranchAsync("topic", "main");
        var topic = await _repo.CheckoutAsync("topic");
        var hawks = await topic.SaveAsync(new Team { Name = "Hawks", DivisionId = division.EternalId });
        await topic.FinalizeAsync("bob", "hawks join north");
        var main = await _repo.CheckoutAsync();
        await main.RemoveAsync(owls);
        await main.RemoveAsync(division);
        await main.FinalizeAsync("ada", "dissolve north with its only team");
        var head = await HeadAsync();

        var act = () => main.MergeAsync("topic");

        var violation = (await act.Should().ThrowAsync<SnapshotConstraintException>()).Which.Violations.Should().ContainSingle().Subject;
        violation.Entities.Should().Equal(hawks.EternalId, division.EternalId);
        violation.Key.Should().Be($"{division.EternalId} is not in the snapshot");
        (await HeadAsync()).Id.Should().Be(head.Id);
    }

    [GraphFact]
    public async Task A_reference_declared_AllowDangling_may_outlive_its_target_but_not_change_its_type()
    {
        var (division, owls) = await DivisionWithTeamAsync();
        var ws = await _repo.CheckoutAsync();
        var hawks = await ws.SaveAsync(new Team { Name = "Hawks", DivisionId = division.EternalId, RivalId = owls.EternalId });
        await ws.FinalizeAsync("ada", "hawks, rivals of the owls");

        await ws.RemoveAsync(owls);
        await ws.FinalizeAsync("ada", "owls fold");
        var now = await _repo.SnapshotAsync("main");
        var rival = (await now.FindAsync<Team>(hawks.EternalId))!.RivalId!.Value;
        (await now.FindAsync<Team>(rival)).Should().BeNull("the reference dangles, as declared");

        hawks.RivalId = division.EternalId;
        await ws.SaveAsync(hawks);
        var act = () => ws.FinalizeAsync("ada", "a division as rival");
        (await act.Should().ThrowAsync<SnapshotConstraintException>()).Which.Violations.Single().Key
            .Should().Be($"{division.EternalId} is a Division, not a Team");
    }

    [GraphFact]
    public void AllowDangling_on_a_pinned_reference_is_refused_when_the_model_is_built()
    {
        var builder = new ModelBuilder();

        var act = () => builder.Entity<Employee>().Pin(e => e.TeamVersionId).AllowDangling();

        act.Should().Throw<InvalidOperationException>().WithMessage("Employee.TeamVersionId is a pinned reference*");
    }

    [GraphFact]
    public async Task A_pin_to_another_workspaces_draft_is_refused_on_save()
    {
        var (_, team) = await DivisionWithTeamAsync();
        var drafting = await _repo.CheckoutAsync();
        team.Name = "Owls (renamed, not yet final)";
        await drafting.SaveAsync(team);
        var other = await _repo.CheckoutAsync();

        var act = () => other.SaveAsync(new Employee { Name = "Coach", TeamVersionId = team.VersionId });

        var refused = (await act.Should().ThrowAsync<PinnedVersionNotFinalizedException>()).Which;
        refused.Property.Should().Be("TeamVersionId");
        refused.Version.Should().Be(team.VersionId);
        refused.WorkingCommit.Should().Be(drafting.Id);
        refused.Message.Should().Contain("Pin a finalized version");
        (await _repo.Context.CountRowsAsync("Employees")).Should().Be(0);
    }

    [GraphFact]
    public async Task A_pin_to_a_draft_of_the_same_workspace_is_finalized_with_it()
    {
        var (_, team) = await DivisionWithTeamAsync();
        var ws = await _repo.CheckoutAsync();
        team.Name = "Owls II";
        await ws.SaveAsync(team);
        var coach = await ws.SaveAsync(new Employee { Name = "Coach", TeamVersionId = team.VersionId });

        await ws.FinalizeAsync("ada", "new owls, new coach");

        var signed = await (await _repo.SnapshotAsync("main")).FindAsync<Employee>(coach.EternalId);
        (await _repo.FindVersionAsync<Team>(signed!.TeamVersionId))!.Name.Should().Be("Owls II");
    }

    [GraphFact]
    public async Task A_pin_to_a_draft_that_staging_leaves_behind_is_refused_at_finalize()
    {
        var (_, team) = await DivisionWithTeamAsync();
        var ws = await _repo.CheckoutAsync();
        team.Name = "Owls II";
        await ws.SaveAsync(team);
        var coach = await ws.SaveAsync(new Employee { Name = "Coach", TeamVersionId = team.VersionId });

        var act = () => ws.Stage().Include(coach.EternalId).FinalizeAsync("ada", "just the coach");

        var violation = (await act.Should().ThrowAsync<SnapshotConstraintException>()).Which.Violations.Should().ContainSingle().Subject;
        violation.Constraint.Should().Be("Employee.TeamVersionId → Team");
        violation.Entities.Should().Equal(coach.EternalId);
        violation.Key.Should().Contain($"pins version {team.VersionId}, a draft of working commit");
        await ws.Stage().Include(coach.EternalId).Include(team.EternalId).FinalizeAsync("ada", "coach and the team it pins");
    }

    [GraphFact]
    public async Task A_reference_left_unset_is_refused_before_the_database_is_asked()
    {
        await LeagueAsync();
        var ws = await _repo.CheckoutAsync();

        var team = () => ws.SaveAsync(new Team { Name = "Nowhere" });
        var employee = () => ws.SaveAsync(new Employee { Name = "Drifter" });

        var unset = (await team.Should().ThrowAsync<MissingReferenceException>()).Which;
        (unset.EntityType, unset.Property, unset.TargetType, unset.Pinned).Should().Be(("Team", "DivisionId", "Division", false));
        unset.Message.Should().Be("Team.DivisionId is not set (it holds the default EternalId), so it refers to no Division; nothing was written. Set it to the EternalId of a saved Division, or make it an EternalId? if a Team may refer to none.");
        var unpinned = (await employee.Should().ThrowAsync<MissingReferenceException>()).Which;
        (unpinned.Property, unpinned.TargetType, unpinned.Pinned).Should().Be(("TeamVersionId", "Team", true));
        unpinned.Message.Should().Contain("Set it to the VersionId of a saved Team");
        (await ws.StatusAsync()).IsEmpty.Should().BeTrue();
    }

    [GraphFact]
    public async Task A_set_member_that_is_not_a_current_entity_of_the_declared_type_is_refused_at_finalize()
    {
        var (division, team) = await DivisionWithTeamAsync();
        var ws = await _repo.CheckoutAsync();
        var ghost = EternalId.New();
        team.Sponsors = EternalIdSet.Of(ghost, division.EternalId);
        await ws.SaveAsync(team);

        var act = () => ws.FinalizeAsync("ada", "sponsors");

        var violations = (await act.Should().ThrowAsync<SnapshotConstraintException>()).Which.Violations;
        violations.Should().OnlyContain(v => v.Constraint == "Team.Sponsors members → Sponsor");
        violations.Select(v => v.Key).Should().BeEquivalentTo($"{ghost} is not in the snapshot", $"{division.EternalId} is a Division, not a Sponsor");
    }

    [GraphFact]
    public async Task Removing_an_entity_a_set_still_holds_is_refused_and_allowed_once_it_is_taken_out()
    {
        var (_, team) = await DivisionWithTeamAsync();
        var ws = await _repo.CheckoutAsync();
        var acme = await ws.SaveAsync(new Sponsor { Name = "Acme" });
        team.Sponsors = EternalIdSet.Of(acme.EternalId);
        await ws.SaveAsync(team);
        await ws.FinalizeAsync("ada", "acme sponsors the owls");

        await ws.RemoveAsync(acme);
        var act = () => ws.FinalizeAsync("ada", "acme goes bust");

        var violation = (await act.Should().ThrowAsync<SnapshotConstraintException>()).Which.Violations.Should().ContainSingle().Subject;
        violation.Entities.Should().Equal(team.EternalId, acme.EternalId);
        violation.Key.Should().Contain("still holds it in Sponsors");

        team.Sponsors = EternalIdSet.Empty;
        await ws.SaveAsync(team);
        await ws.FinalizeAsync("ada", "acme goes bust, the owls lose their sponsor");
        (await (await _repo.SnapshotAsync("main")).Query<Sponsor>().CountAsync()).Should().Be(0);
    }
}

public sealed class ReferenceIntegrityTests_Sqlite : ReferenceIntegrityTests<SqliteProvider>;
