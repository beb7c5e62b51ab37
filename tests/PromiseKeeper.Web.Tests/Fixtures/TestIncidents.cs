using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Infrastructure.Texts;
using PromiseKeeper.Web.Pages.Incidents;

namespace PromiseKeeper.Web.Tests.Fixtures;

/// <summary>Valid input to start from; each test changes only what it is about.</summary>
public static class TestIncidents
{
    private static readonly DemoPlaybook Playbook = new(new DraftTexts(new LiquidTemplates()));

    /// <summary>A complete, valid "log a broken promise" form (the short one) for an existing client, times in UTC.</summary>
    public static LogModel.Command ValidCommand(int clientId) => new()
    {
        ClientMode = LogModel.ClientChoice.Existing,
        ClientId = clientId,
        Summary = "Release 2.4 shipped three weeks late",
        Kind = IncidentKind.MissedDeadline,
        ContactName = "Dana Client",
        PromiseDescription = "Release 2.4 in production by 1 November.",
        Fault = Fault.Ours,
        TimeZone = "UTC",
        DiscoveredAt = new DateTime(2026, 11, 20, 9, 30, 0),
    };

    /// <summary>Valid details for the domain's <see cref="Incident.Log(IncidentDetails, Actor, DateTimeOffset, int?)"/>, to insert rows directly.</summary>
    public static IncidentDetails Details(
        int clientId,
        DateTimeOffset discoveredAt,
        IncidentKind kind = IncidentKind.MissedDeadline,
        string summary = "A broken promise",
        string? contractReference = null) => new()
        {
            ClientId = clientId,
            Summary = summary,
            Kind = kind,
            ContactName = "Dana Client",
            PromiseDescription = "Something by some date.",
            PromisedBy = "Sam Sales",
            PromisedOn = DateOnly.FromDateTime(discoveredAt.UtcDateTime).AddDays(-30),
            PromiseChannel = contractReference is null ? PromiseChannel.Email : PromiseChannel.ContractClause,
            ContractReference = contractReference,
            ClientGoals = "Grow their business.",
            Fault = Fault.Ours,
            Damage = DamageKinds.Delay,
            OurLossAmount = 5_000m,
            OurLossCurrency = "EUR",
            PersonalHarm = PersonalHarm.None,
            DiscoveredAt = discoveredAt,
        };

    public static Incident Log(
        TestUser owner,
        int clientId,
        DateTimeOffset discoveredAt,
        DateTimeOffset now,
        IncidentKind kind = IncidentKind.MissedDeadline,
        string summary = "A broken promise",
        string? contractReference = null) =>
        Incident.Log(Details(clientId, discoveredAt, kind, summary, contractReference), Actor.Create(owner.Id, owner.DisplayName), now, owner.TeamId);

    /// <summary>
    /// Walks the incident along the playbook to <paramref name="stage"/> through the real domain methods
    /// (with the demo content), one minute per step, finishing before <paramref name="now"/>.
    /// </summary>
    public static Incident WalkTo(this Incident incident, PlaybookStage stage, TestUser actor, DateTimeOffset now)
    {
        Playbook.WalkTo(incident, stage, "Test client", Actor.Create(actor.Id, actor.DisplayName), now.AddHours(-1), TimeSpan.FromMinutes(1));
        return incident;
    }

    /// <summary>Does the work of the incident's current stage (without moving on), finishing before <paramref name="now"/>.</summary>
    public static Incident CompleteStage(this Incident incident, TestUser actor, DateTimeOffset now)
    {
        Playbook.DoWorkOfCurrentStage(incident, "Test client", Actor.Create(actor.Id, actor.DisplayName), now.AddMinutes(-30), TimeSpan.FromMinutes(1));
        return incident;
    }
}
