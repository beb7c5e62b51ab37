using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

// Correcting the facts logged at once, as the investigation learns better. Each changed field is kept as field history.
public sealed partial class Incident
{
    private const int TimelineValueLength = 80;

    private readonly List<FieldCorrection> _fieldHistory = [];

    /// <summary>Every correction of a logged fact, oldest first (as loaded).</summary>
    public IReadOnlyList<FieldCorrection> FieldHistory => _fieldHistory;

    /// <summary>
    /// The fault when the client texts on record (call request, voicemail, call plan, written message, recap) were last
    /// saved; null before any was. When it differs from <see cref="Fault"/>, those texts are outdated.
    /// </summary>
    public Fault? DraftsWrittenUnderFault { get; private set; }

    /// <summary>The fault the saved client texts were written under, when the fault has been corrected since; else null.</summary>
    public Fault? DraftsOutdatedByFault => DraftsWrittenUnderFault is { } written && written != Fault ? written : null;

    /// <summary>
    /// Replaces the logged facts with the corrected ones and keeps each changed field as field history (old and new
    /// value, who, when, why), with one timeline entry. Severity, the script and proportionality are worked out from
    /// the facts, so they follow at once; client texts saved under another fault show as outdated.
    /// </summary>
    /// <returns>The fields that changed, in form order.</returns>
    /// <exception cref="DomainException">On a finished incident, when nothing changed, or when the discovery would come before the promise.</exception>
    public IReadOnlyList<FieldCorrection> CorrectRecord(CorrectedFacts correction, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(correction);
        ArgumentNullException.ThrowIfNull(actor);
        RequireOpen("correct-record");
        var facts = correction.Facts;
        if (PromisedOn is { } promisedOn && promisedOn.DayNumber > DateOnly.FromDateTime(facts.DiscoveredAt.UtcDateTime).DayNumber + 1)
        {
            throw new DomainException([new RuleViolation(nameof(RecordCorrection.DiscoveredAt),
                Messages.Of("correction.discovered-before-promise", ("Date", Labels.LongDate(promisedOn))))]);
        }

        // The first stage may leave them open; once past it, the script and the offer depend on them.
        if (Stage != PlaybookStage.InvestigateOrigin && (facts.Kind is null || facts.Fault is null))
        {
            throw new DomainException([
                .. facts.Kind is null ? [new RuleViolation(nameof(RecordCorrection.Kind), Messages.Of("incident.kind-missing"))] : Array.Empty<RuleViolation>(),
                .. facts.Fault is null ? [new RuleViolation(nameof(RecordCorrection.Fault), Messages.Of("incident.fault-missing"))] : Array.Empty<RuleViolation>(),
            ]);
        }

        var changes = new List<(string Field, string Old, string New)>();
        void Compare(string field, string old, string @new)
        {
            if (!string.Equals(old, @new, StringComparison.Ordinal))
            {
                changes.Add((field, old, @new));
            }
        }

        Compare(nameof(Summary), Shown(Summary), Shown(facts.Summary));
        Compare(nameof(Kind), Shown(Kind), Shown(facts.Kind));
        Compare(nameof(ContactName), Shown(ContactName), Shown(facts.ContactName));
        Compare(nameof(ContactRole), Shown(ContactRole), Shown(facts.ContactRole));
        Compare(nameof(ContactEmail), Shown(ContactEmail), Shown(facts.ContactEmail));
        Compare(nameof(PromiseDescription), Shown(PromiseDescription), Shown(facts.PromiseDescription));
        Compare(nameof(Fault), Shown(Fault), Shown(facts.Fault));
        Compare(nameof(Damage), Shown(Damage), Shown(facts.Damage));
        Compare(nameof(OurLossEstimate), Shown(OurLossEstimate), Shown(facts.OurLossEstimate));
        Compare(nameof(ClientClaimedLoss), Shown(ClientClaimedLoss), Shown(facts.ClientClaimedLoss));
        Compare(nameof(PersonalHarm), Shown(PersonalHarm), Shown(facts.PersonalHarm));
        Compare(nameof(PersonalHarmNote), Shown(PersonalHarmNote), Shown(facts.PersonalHarmNote));
        Compare(nameof(DiscoveredAt), Shown(DiscoveredAt), Shown(facts.DiscoveredAt));
        Compare(nameof(ClientToldAt), Shown(ClientToldAt), Shown(facts.ClientToldAt));
        Compare(nameof(FirstDisclosure), CorrectedFields.Stored(FirstDisclosure), CorrectedFields.Stored(facts.FirstDisclosure));
        if (changes.Count == 0)
        {
            throw new DomainException(Messages.Of("correction.nothing-changed"));
        }

        Summary = facts.Summary;
        Kind = facts.Kind;
        ContactName = facts.ContactName;
        ContactRole = facts.ContactRole;
        ContactEmail = facts.ContactEmail;
        PromiseDescription = facts.PromiseDescription;
        Fault = facts.Fault;
        Damage = facts.Damage;
        OurLossEstimate = facts.OurLossEstimate;
        ClientClaimedLoss = facts.ClientClaimedLoss;
        PersonalHarm = facts.PersonalHarm;
        PersonalHarmNote = facts.PersonalHarmNote;
        // Times are typed to the minute: an unchanged minute keeps the time on record, seconds and all.
        if (Shown(DiscoveredAt) != Shown(facts.DiscoveredAt))
        {
            DiscoveredAt = facts.DiscoveredAt;
        }

        if (Shown(ClientToldAt) != Shown(facts.ClientToldAt))
        {
            ClientToldAt = facts.ClientToldAt;
        }

        FirstDisclosure = facts.FirstDisclosure;

        var added = changes.Select(c => FieldCorrection.Record(c.Field, c.Old, c.New, correction.Reason, actor, now)).ToList();
        _fieldHistory.AddRange(added);
        RecordCorrected(changes, correction.Reason, actor, now);
        return added;
    }

    /// <summary>One timeline entry for corrected fields, each shown in the reader's words (values cut short).</summary>
    private void RecordCorrected(IEnumerable<(string Field, string Old, string New)> changes, string reason, Actor actor, DateTimeOffset now) =>
        Record(actor, now, "record.corrected", TextValue.Corrections("Changes", changes.Select(c => (c.Field, Short(c.Old), Short(c.New)))), TextValue.Text("Reason", reason));

    /// <summary>Remembers the fault the client texts were just saved under.</summary>
    private void NoteDraftsWritten() => DraftsWrittenUnderFault = Fault;

    private static string Shown(string? text) => CorrectedFields.Stored(text);

    private static string Shown(Money? money) => CorrectedFields.Stored(money);

    private static string Shown(DateTimeOffset? at) => CorrectedFields.Stored(at);

    private static string Shown(DamageKinds damage) => CorrectedFields.Stored(damage);

    private static string Shown<TEnum>(TEnum value)
        where TEnum : struct, Enum => CorrectedFields.Stored(value);

    private static string Shown<TEnum>(TEnum? value)
        where TEnum : struct, Enum => CorrectedFields.Stored(value);

    private static string Short(string value) =>
        value.Length > TimelineValueLength ? string.Concat(value.AsSpan(0, TimelineValueLength - 1), "…") : value;
}
