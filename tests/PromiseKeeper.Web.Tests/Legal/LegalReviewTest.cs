using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Pages.Incidents;
using PromiseKeeper.Web.Tests.Fixtures;
using PromiseKeeper.Web.Tests.Incidents.Playbook;

namespace PromiseKeeper.Web.Tests.Legal;

/// <summary>Contract-linked incidents stored through the real domain, legal's decisions sent as legal would, and the incident read back with its reviews.</summary>
public abstract class LegalReviewTest(WebAppFixture app) : LateStagePageTest(app)
{
    protected const string Contract = "SOW-2026-014, clause 4.2";

    protected const string LegalBlocker = "This incident is linked to a contract: legal must approve it, with the offer as it stands, before the conversation with the client.";

    private int _incidents;

    /// <summary>
    /// A contract-linked incident of <paramref name="owner"/> (entering legal's queue at <paramref name="loggedAt"/>), walked to
    /// <paramref name="stage"/> and, when <paramref name="completeStage"/>, with that stage's work done (e.g. the offer made, the call request sent).
    /// Walking on to the conversation gives legal's approval on the way, as legal would.
    /// </summary>
    protected async Task<long> ContractIncidentAsync(
        TestUser owner,
        PlaybookStage stage,
        bool completeStage = false,
        DateTimeOffset? loggedAt = null,
        string? summary = null,
        string? contractReference = Contract,
        Action<Incident>? prepare = null)
    {
        var number = ++_incidents;
        var logged = loggedAt ?? Discovered.AddHours(1);
        var seed = App.AnIncident(owner)
            .ForClient(string.Create(CultureInfo.InvariantCulture, $"Contoso {number}"))
            .Titled(summary ?? $"Contract promise {number}")
            .DiscoveredAt(logged.AddHours(-1)).LoggedAt(logged)
            .AtStage(stage)
            .Then(incident => prepare?.Invoke(incident));
        if (contractReference is not null)
        {
            seed.ContractLinked(contractReference);
        }

        if (completeStage)
        {
            seed.WithStageWorkDone();
        }

        return (await seed.SaveAsync()).Id;
    }

    /// <summary>The incident as stored, with its options and legal reviews.</summary>
    protected Task<Incident> ReadWithReviewsAsync(long id) =>
        App.WithDbAsync(db => db.Incidents.AsNoTracking()
            .Include(i => i.Options)
            .Include(i => i.LegalReviews)
            .Include(i => i.Timeline)
            .AsSplitQuery()
            .SingleAsync(i => i.Id == id));

    /// <summary>Legal's decision, through the real handler.</summary>
    protected async Task ReviewAsync(TestUser legal, long id, LegalDecision decision, string? notes = "Say sorry for the delay; do not call it a breach of contract.") =>
        await App.SendAsync(legal, async m => await m.Send(new LegalReviewModel.Command { Id = id, Version = await VersionAsync(id), Decision = decision, Notes = notes }));

    /// <summary>Moves the incident on as its account manager would.</summary>
    protected async Task MoveAsync(TestUser owner, long id, PlaybookStage target) =>
        await App.SendAsync(owner, async m => await m.Send(new MoveToStage.Command { Id = id, Target = target, Version = await VersionAsync(id) }));

    protected Task<TestUser> LegalAsync() => App.CreateUserAsync(Roles.Legal, "Lena Kovac");
}
