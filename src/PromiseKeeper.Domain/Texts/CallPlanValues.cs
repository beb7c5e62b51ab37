namespace PromiseKeeper.Domain.Texts;

/// <summary>
/// What the call plan template may name: the client values (<see cref="Client"/>) and the internal facts the account
/// manager prepares with. Only the call plan, which never goes to the client, is rendered with this.
/// </summary>
public sealed record CallPlanValues
{
    public required DraftValues Client { get; init; }

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

    /// <inheritdoc cref="DraftValues.From"/>
    public static CallPlanValues From(CallPlanFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var attendees = string.IsNullOrWhiteSpace(facts.CallAttendees) ? null : facts.CallAttendees.Trim();
        return new CallPlanValues
        {
            Client = DraftValues.From(facts.Client),
            Summary = facts.Summary.Trim(),
            PromiseDescription = facts.PromiseDescription.Trim(),
            PromisedOn = DraftValues.FormatDate(facts.PromisedOn),
            ClientGoals = facts.ClientGoals.Trim(),
            HasCallAttendees = attendees is not null,
            CallAttendees = attendees,
            HasOffer = facts.Offer.Count > 0,
            Offer = [.. facts.Offer.Select(o => DraftValues.OfferItemOf(o.Description.Trim(), o.ValueToClient))],
        };
    }
}
