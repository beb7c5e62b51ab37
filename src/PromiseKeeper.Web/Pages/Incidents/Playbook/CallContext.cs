using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>
/// What the call pages (the call, the written message instead, the calendar invitation) read: the header, the incident
/// read-only with its options (the offer goes into the drafts) and legal's word on each text, and the owner who signs the texts and organises the call.
/// Two SQL statements, whatever the incident holds.
/// </summary>
public sealed record CallContext(IncidentHeader Header, Incident Incident, string OwnerName, string? OwnerEmail) : IIncidentView
{
    /// <summary>The owner's phone number from their profile, for the voicemail; null when not set.</summary>
    public string? OwnerPhone { get; init; }

    public bool IsAtStage => Incident.Stage == PlaybookStage.ScheduleCall;

    /// <summary>The call as planned, when the incident has one (not the written message instead).</summary>
    public ScheduledCall? PlannedCall => Incident.Call is { Mode: ContactMode.Call } call ? call : null;

    /// <summary>The written message sent (or drafted) instead of a call, when that is the path taken.</summary>
    public ScheduledCall? WrittenInstead => Incident.Call is { Mode: ContactMode.EmailInstead } call ? call : null;

    /// <summary>The facts the client drafts are filled from (client fields only).</summary>
    public DraftFacts DraftFacts => Incident.ToDraftFacts(Header.ClientName, OwnerName, OwnerPhone);

    /// <summary>The facts the account manager's call plan is filled from.</summary>
    public CallPlanFacts CallPlanFacts => Incident.ToCallPlanFacts(Header.ClientName, OwnerName, OwnerPhone);

    /// <summary>"Dana Client &lt;dana@client.example&gt;; Alex Morgan &lt;alex@us.example&gt;": who a new call is with, to start from.</summary>
    public string SuggestedAttendees =>
        string.Join("; ", new[] { Person(Incident.ContactName, Incident.ContactEmail), Person(OwnerName, OwnerEmail) });

    /// <exception cref="NotFoundException">When the incident does not exist or the user may not see it.</exception>
    public static async Task<CallContext> LoadAsync(PromiseKeeperDbContext db, long id, ICurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var read = await db.ReadAsync(id, user, [nameof(Incident.Options), nameof(Incident.LegalTextReviews)], cancellationToken);
        return new CallContext(read.Header, read.Incident, read.OwnerName, read.OwnerEmail) { OwnerPhone = read.OwnerPhone };
    }

    private static string Person(string name, string? email) =>
        string.IsNullOrWhiteSpace(email) ? name : $"{name} <{email}>";
}
