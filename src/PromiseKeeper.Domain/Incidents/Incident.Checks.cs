using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Language;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

// The checks that run all the time: blame language on the record, the typical mistakes, severity.
public sealed partial class Incident
{
    /// <summary>The five typical mistakes (A–E) that apply to the record as it stands.</summary>
    public IReadOnlyList<MistakeFinding> FindMistakes(DateTimeOffset now) => TypicalMistakes.Find(this, now);

    /// <inheritdoc cref="TypicalMistakes.TellClientBy"/>
    public DateTimeOffset? TellClientBy => TypicalMistakes.TellClientBy(this);

    /// <summary>How bad the incident is, from the relationship, the damage and the handling so far.</summary>
    /// <param name="bankBalance">The client's emotional bank account (<see cref="EmotionalBankAccount"/>), when known: overdrawn, it makes the relationship count one level worse.</param>
    public SeverityAssessment AssessSeverity(LoyaltyLevel loyalty, DateTimeOffset now, int? bankBalance = null) =>
        SeverityRules.Assess(loyalty, LargestKnownLoss, Damage, PersonalHarm, FindMistakes(now).Count, bankBalance: bankBalance);

    /// <summary>
    /// The check for this incident's client-facing texts, in the client's language (<see cref="ClientLanguage"/>): the
    /// blame word list, the people on the record by name (who promised, the former owners), and the phrases legal asked not to say.
    /// </summary>
    public ClientTextCheck ClientTextCheck() => ClientTextCheckFor(PromisedBy, FormerOwnerNames, DoNotSay, ClientLanguage);

    /// <summary>
    /// The same check for a caller that reads only the people on the record (who promised, the former owners), legal's list
    /// and the client's language, not the whole incident.
    /// </summary>
    public static ClientTextCheck ClientTextCheckFor(string? promisedBy, IReadOnlyList<string> formerOwnerNames, IReadOnlyList<string> doNotSay, string clientLanguage)
    {
        ArgumentNullException.ThrowIfNull(formerOwnerNames);
        return Language.ClientTextCheck.For([promisedBy, .. formerOwnerNames], clientLanguage).WithDoNotSay(doNotSay);
    }

    /// <summary>
    /// Marking a client-facing text as sent while it has blame findings needs the sender's confirmation ("send anyway"),
    /// so they see the findings first; once sent, the findings stay on the record with the text.
    /// </summary>
    /// <param name="field">The input field of the text, for the message next to it.</param>
    /// <exception cref="DomainException">With a violation on <paramref name="field"/> when the text has findings and sending is not confirmed.</exception>
    public void RequireConfirmationToSend(string field, string? text, bool confirmed)
    {
        var count = confirmed ? 0 : ClientTextCheck().Check(text).Count;
        if (count > 0)
        {
            throw new DomainException([new RuleViolation(field, Messages.Count("checks.blame-phrases(count)", count))]);
        }
    }

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
