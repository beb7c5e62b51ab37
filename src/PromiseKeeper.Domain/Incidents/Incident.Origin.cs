using PromiseKeeper.Domain.Evidence;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

// Stage 1: investigate where the promise came from.
public sealed partial class Incident
{
    /// <summary>Where to find the promise: an email subject, a document, a meeting, a clause.</summary>
    public string? PromiseReference { get; private set; }

    /// <summary>How the promise came about, as the investigation found it.</summary>
    public string? OriginFindings { get; private set; }

    public DateTimeOffset? OriginRecordedAt { get; private set; }

    public bool IsOriginRecorded => OriginRecordedAt is not null;

    /// <summary>Parses the typed details, then records them (see the overload). For tests and demo data only: the origin page parses its form itself.</summary>
    /// <exception cref="DomainException">When the incident is finished or a field rule is broken.</exception>
    [ForTestsAndDemoData]
    public void RecordOrigin(OriginDetails details, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        RequireOpen("change-origin");
        RecordOrigin(details.Parse(now).OrThrow(), actor, now);
    }

    /// <summary>Records (or corrects) what the investigation found. Possible while the incident is open.</summary>
    /// <exception cref="DomainException">When the incident is finished, or the promise is dated after its discovery (on <c>PromisedOn</c>).</exception>
    public void RecordOrigin(PromiseOrigin origin, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(origin);
        RequireOpen("change-origin");
        if (origin.PromisedOn.DayNumber > DateOnly.FromDateTime(DiscoveredAt.UtcDateTime).DayNumber + 1)
        {
            throw new DomainException([new RuleViolation(nameof(OriginDetails.PromisedOn), Messages.Of("origin.promised-before-discovered"))]);
        }

        // Once recorded, who promised, when and where are facts the record keeps the history of, with a reason.
        var changes = IsOriginRecorded ? OriginChanges(origin) : [];
        if (changes.Count > 0 && origin.Reason is null)
        {
            throw new DomainException([new RuleViolation(nameof(OriginDetails.Reason), Messages.Of("origin.reason-missing"))]);
        }

        var wasContractLinked = IsContractLinked;
        var previousContractReference = ContractReference;
        PromiseChannel = origin.Channel;
        PromiseReference = origin.Reference;
        PromisedOn = origin.PromisedOn;
        PromisedBy = origin.PromisedBy;
        PromisedByHasLeft = origin.PromisedByHasLeft;
        ContractReference = origin.ContractReference;
        ClientGoals = origin.ClientGoals;
        OriginFindings = origin.Findings;
        var first = OriginRecordedAt is null;
        OriginRecordedAt ??= now.ToUniversalTime();

        if (changes.Count > 0)
        {
            _fieldHistory.AddRange(changes.Select(c => FieldCorrection.Record(c.Field, c.Old, c.New, origin.Reason!, actor, now)));
            RecordCorrected(changes, origin.Reason!, actor, now);
        }

        Record(
            actor,
            now,
            $"origin.{(first ? "recorded" : "updated")}{(PromisedByHasLeft ? ".left" : string.Empty)}",
            TextValue.Text("PromisedBy", PromisedBy!),
            TextValue.Date("PromisedOn", origin.PromisedOn));
        if (!wasContractLinked && IsContractLinked)
        {
            Record(actor, now, "contract.linked", TextValue.Text("Contract", ContractReference!));
            EnterLegalQueue(now);
        }
        else if (wasContractLinked && !IsContractLinked)
        {
            Record(actor, now, "contract.unlinked");
            LeaveLegalReview(actor, now);
        }
        else if (IsContractLinked && !string.Equals(previousContractReference, ContractReference, StringComparison.Ordinal))
        {
            LapseLegalApproval("contract", actor, now);
        }
    }

    /// <summary>Keeps pasted text (an email, a chat, notes) as evidence.</summary>
    /// <exception cref="DomainException">When the incident is finished or the text is missing or too long.</exception>
    /// <summary>The origin's facts that <paramref name="origin"/> changes, in form order, as field history keeps them.</summary>
    private List<(string Field, string Old, string New)> OriginChanges(PromiseOrigin origin) =>
    [
        .. new[]
        {
            (nameof(PromiseChannel), CorrectedFields.Stored(PromiseChannel), CorrectedFields.Stored(origin.Channel)),
            (nameof(PromisedOn), CorrectedFields.Stored(PromisedOn), CorrectedFields.Stored((DateOnly?)origin.PromisedOn)),
            (nameof(PromisedBy), CorrectedFields.Stored(PromisedBy), CorrectedFields.Stored(origin.PromisedBy)),
            (nameof(PromisedByHasLeft), CorrectedFields.Stored(PromisedByHasLeft), CorrectedFields.Stored(origin.PromisedByHasLeft)),
            (nameof(ContractReference), CorrectedFields.Stored(ContractReference), CorrectedFields.Stored(origin.ContractReference)),
            (nameof(ClientGoals), CorrectedFields.Stored(ClientGoals), CorrectedFields.Stored(origin.ClientGoals)),
        }.Where(c => !string.Equals(c.Item2, c.Item3, StringComparison.Ordinal)),
    ];

    public EvidenceItem AddPastedEvidence(string? title, string? text, Actor actor, DateTimeOffset now)
    {
        RequireOpen("add-evidence");
        var check = new RuleCheck();
        var checkedTitle = check.Text("Title", title, EvidenceItem.TitleMaxLength, Messages.Of("evidence.title-missing"));
        var checkedText = check.Text("Text", text, EvidenceItem.PastedTextMaxLength, Messages.Of("evidence.text-missing"));
        check.ThrowIfAny();

        var item = EvidenceItem.Pasted(checkedTitle, checkedText, actor, now);
        _evidence.Add(item);
        Record(actor, now, "evidence.pasted", TextValue.Text("Title", item.Title));
        return item;
    }

    /// <summary>Keeps an uploaded document as evidence. Its bytes are stored by the caller, next to the item.</summary>
    /// <exception cref="DomainException">When the incident is finished or the title is missing or too long.</exception>
    public EvidenceItem AddDocumentEvidence(string? title, CheckedEvidenceFile file, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(file);
        RequireOpen("add-evidence");
        var check = new RuleCheck();
        check.OptionalText("Title", title, EvidenceItem.TitleMaxLength);
        check.ThrowIfAny();

        var item = EvidenceItem.Document(Clean(title) ?? file.FileName, file.FileName, file.ContentType, file.SizeBytes, actor, now);
        _evidence.Add(item);
        Record(actor, now, "evidence.document", TextValue.Text("Title", item.Title), TextValue.Text("FileName", file.FileName));
        return item;
    }
}
