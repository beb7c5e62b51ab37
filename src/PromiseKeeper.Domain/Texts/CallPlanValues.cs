namespace PromiseKeeper.Domain.Texts;

/// <summary>
/// What the call plan template may name: the client values (<see cref="Client"/>), the internal facts the account
/// manager prepares with, and the sentences to say (<see cref="Say"/>). The plan is in the account manager's language,
/// the sentences in the client's. Only the call plan, which never goes to the client, is rendered with this.
/// </summary>
public sealed record CallPlanValues
{
    /// <summary>The client values, with dates, times and lengths worded in the plan's language.</summary>
    public required DraftValues Client { get; init; }

    /// <summary>The sentences to say to the client, in the client's language.</summary>
    public required CallPlanSentences Say { get; init; }

    public required string Summary { get; init; }

    public required string PromiseDescription { get; init; }

    /// <summary>"1 March 2025".</summary>
    public required string PromisedOn { get; init; }

    public required string ClientGoals { get; init; }

    public required bool HasCallAttendees { get; init; }

    public required string? CallAttendees { get; init; }

    public required bool HasOffer { get; init; }

    /// <summary>The offered options with the team's descriptions.</summary>
    public required IReadOnlyList<OfferItem> Offer { get; init; }

    /// <summary>The values for a plan in English (tests and demo data; the pages give the reader's language).</summary>
    /// <inheritdoc cref="DraftValues.From(DraftFacts)" path="/exception"/>
    public static CallPlanValues From(CallPlanFacts facts) => From(facts, Languages.English);

    /// <summary>The values for a plan read in <paramref name="planLanguage"/>, with the sentences to say in the client's language.</summary>
    /// <inheritdoc cref="DraftValues.From(DraftFacts)" path="/exception"/>
    public static CallPlanValues From(CallPlanFacts facts, string planLanguage)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var attendees = string.IsNullOrWhiteSpace(facts.CallAttendees) ? null : facts.CallAttendees.Trim();
        return new CallPlanValues
        {
            Client = DraftValues.From(facts.Client, planLanguage),
            Say = CallPlanSentences.In(facts.Client.Language),
            Summary = facts.Summary.Trim(),
            PromiseDescription = facts.PromiseDescription.Trim(),
            PromisedOn = DraftValues.FormatDate(facts.PromisedOn, planLanguage),
            ClientGoals = facts.ClientGoals.Trim(),
            HasCallAttendees = attendees is not null,
            CallAttendees = attendees,
            HasOffer = facts.Offer.Count > 0,
            Offer = [.. facts.Offer.Select(o => DraftValues.OfferItemOf(o.Description.Trim(), o.ValueToClient, planLanguage))],
        };
    }
}
