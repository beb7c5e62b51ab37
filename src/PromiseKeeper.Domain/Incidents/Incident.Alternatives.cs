using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

// Stage 2: research alternatives and compensation, and put together the offer.
public sealed partial class Incident
{
    private const string ResearchAction = "change-offer";

    public IEnumerable<CompensationOption> Offer => _options.Where(o => o.IsOffered);

    /// <summary>
    /// Compares what the offer is worth to the client with their loss. A value of nothing (entered before a value could be
    /// left empty) counts as no money value, not as a compensation of nothing.
    /// </summary>
    public ProportionalityAssessment AssessOffer() =>
        Proportionality.Assess([.. Offer.Select(o => o.ValueToClient is { Amount: > 0 } value ? value : null)], LargestKnownLoss);

    /// <summary>Parses the typed option, then adds it (see the overload). For tests and demo data only: the alternatives page parses its form itself.</summary>
    [ForTestsAndDemoData]
    public CompensationOption AddOption(OptionDetails details, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        RequireStage(ResearchAction, PlaybookStage.ResearchAlternatives);
        return AddOption(details.Parse().OrThrow(), actor, now);
    }

    /// <exception cref="DomainException">Outside the research stage, or when a field rule is broken.</exception>
    public CompensationOption AddOption(OptionProposal proposal, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        RequireStage(ResearchAction, PlaybookStage.ResearchAlternatives);
        var option = CompensationOption.Create(proposal, now);
        _options.Add(option);
        var values = new List<TextValue> { TextValue.Text("Option", option.Description) };
        if (option.ValueToClient is { } value)
        {
            values.Add(TextValue.Money("Value", value));
        }

        if (option.ConfirmedBy is { } confirmedBy)
        {
            values.Add(TextValue.Text("ConfirmedBy", confirmedBy));
        }

        Record(actor, now, $"option.added.{(option.ValueToClient is null ? "no-value" : "value")}.{(option.IsConfirmed ? "confirmed" : "unconfirmed")}", [.. values]);
        return option;
    }

    /// <summary>Records who confirmed that we can actually deliver the option.</summary>
    /// <exception cref="DomainException">Outside the research stage, for an unknown option, or without a name.</exception>
    public void ConfirmOption(Guid optionId, string? confirmedBy, Actor actor, DateTimeOffset now)
    {
        RequireStage(ResearchAction, PlaybookStage.ResearchAlternatives);
        var option = FindOption(optionId);
        var check = new RuleCheck();
        var confirmer = check.Text("ConfirmedBy", confirmedBy, IncidentDetails.NameMaxLength, Messages.Of("option.confirmer-missing"));
        check.ThrowIfAny();

        option.Confirm(confirmer, now);
        Record(actor, now, "option.confirmed", TextValue.Text("ConfirmedBy", option.ConfirmedBy!), TextValue.Text("Option", option.Description));
    }

    /// <summary>Makes a confirmed option part of the offer to the client.</summary>
    /// <exception cref="DomainException">Outside the research stage, or when nobody has confirmed the option can be delivered.</exception>
    public void AddToOffer(Guid optionId, Actor actor, DateTimeOffset now)
    {
        RequireStage(ResearchAction, PlaybookStage.ResearchAlternatives);
        var option = FindOption(optionId);
        if (!option.IsConfirmed)
        {
            throw new DomainException(Messages.Of("option.not-confirmed", ("Option", option.Description)));
        }

        if (option.IsOffered)
        {
            return;
        }

        option.SetOffered(true);
        Record(actor, now, "offer.added", TextValue.Text("Option", option.Description));
        LapseLegalApproval("offer", actor, now);
    }

    /// <exception cref="DomainException">Outside the research stage, or for an unknown option.</exception>
    public void RemoveFromOffer(Guid optionId, Actor actor, DateTimeOffset now)
    {
        RequireStage(ResearchAction, PlaybookStage.ResearchAlternatives);
        var option = FindOption(optionId);
        if (!option.IsOffered)
        {
            return;
        }

        option.SetOffered(false);
        Record(actor, now, "offer.removed", TextValue.Text("Option", option.Description));
        LapseLegalApproval("offer", actor, now);
    }

    private CompensationOption FindOption(Guid optionId) =>
        _options.FirstOrDefault(o => o.Id == optionId)
        ?? throw new DomainException(Messages.Of("option.unknown"));
}
