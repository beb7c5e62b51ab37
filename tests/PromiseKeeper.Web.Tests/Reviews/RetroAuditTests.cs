using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Pages.Incidents;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Reviews;

/// <summary>A team lead's decisions on retros end up in the audit log, together with the decision.</summary>
public sealed class RetroAuditTests(WebAppFixture app) : ReviewTest(app)
{
    [Fact]
    public async Task Sending_back_and_approving_are_recorded_with_the_lead_and_the_incident()
    {
        var (owner, id) = await SubmittedRetroAsync();
        var lead = await LeadAsync();

        await App.SendAsync(lead, async m => await m.Send(new SendRetroBack.Command(id, await VersionAsync(id), "Ask why once more: the root cause stops at the symptom.")));
        await App.SendAsync(owner, async m => await m.Send(new PromiseKeeper.Web.Pages.Incidents.Playbook.SubmitRetro.Command(id, await VersionAsync(id))));
        await App.SendAsync(lead, async m => await m.Send(new ApproveRetro.Command(id, await VersionAsync(id), null)));

        var entries = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([AuditAction.RetroSentBack, AuditAction.RetroApproved], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal((lead.Id, "Tara Whitfield", id), (e.ActorId!, e.ActorName, e.IncidentId!.Value)));
        // The comments are incident content, which admins (who read the log) do not see.
        Assert.Equal("Sent the retro back with comments.", entries[0].Details);
        Assert.Equal("Approved the retro.", entries[1].Details);
    }

    [Fact]
    public async Task A_refused_decision_leaves_no_audit_entry()
    {
        var (_, id) = await SubmittedRetroAsync();
        var lead = await LeadAsync();

        // Sending back needs comments.
        await Assert.ThrowsAsync<PromiseKeeper.Domain.DomainException>(async () =>
            await App.SendAsync(lead, async m => await m.Send(new SendRetroBack.Command(id, await VersionAsync(id), "   "))));

        Assert.Equal(0, await App.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }
}
