using PromiseKeeper.Domain.Clients;

namespace PromiseKeeper.Domain.Incidents;

// The checks that run all the time: blame language on the record, the typical mistakes, severity.
public sealed partial class Incident
{
    /// <summary>The five typical mistakes (A–E) that apply to the record as it stands.</summary>
    public IReadOnlyList<MistakeFinding> FindMistakes(DateTimeOffset now) => TypicalMistakes.Find(this, now);

    /// <inheritdoc cref="TypicalMistakes.TellClientBy"/>
    public DateTimeOffset? TellClientBy => TypicalMistakes.TellClientBy(this);

    /// <summary>How bad the incident is, from the relationship, the damage and the handling so far.</summary>
    public SeverityAssessment AssessSeverity(LoyaltyLevel loyalty, DateTimeOffset now) =>
        SeverityRules.Assess(loyalty, LargestKnownLoss, Damage, PersonalHarm, FindMistakes(now).Count);

    /// <summary>Keeps each new finding of a client-facing text (blame, or a phrase legal asked not to say) on the record (the same phrase once per text and state).</summary>
    private void RecordBlameFindings(ClientTextKind kind, string? text, bool wasSent, DateTimeOffset now)
    {
        foreach (var finding in CheckClientText(text))
        {
            var known = _blameFindings.Any(f => f.Text == kind && f.WasSent == wasSent && f.Category == finding.Category
                && string.Equals(f.Phrase, finding.Phrase, StringComparison.OrdinalIgnoreCase));
            if (!known)
            {
                _blameFindings.Add(RecordedBlameFinding.From(kind, finding, wasSent, now));
            }
        }
    }
}
