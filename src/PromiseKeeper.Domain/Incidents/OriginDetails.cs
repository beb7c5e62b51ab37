namespace PromiseKeeper.Domain.Incidents;

/// <summary>What the investigation found out about where the promise came from (stage 1).</summary>
public sealed record OriginDetails
{
    public const int FindingsMaxLength = 4000;
    public const int ReferenceMaxLength = 300;

    public PromiseChannel? PromiseChannel { get; init; }

    /// <summary>Where to find the promise: an email subject, a document, a meeting, a clause.</summary>
    public string? PromiseReference { get; init; }

    public DateOnly? PromisedOn { get; init; }

    public string? PromisedBy { get; init; }

    public bool PromisedByHasLeft { get; init; }

    public string? ContractReference { get; init; }

    public string? ClientGoals { get; init; }

    /// <summary>How the promise came about: who set the expectation, when, and why.</summary>
    public string? Findings { get; init; }

    public IReadOnlyList<RuleViolation> Check(DateTimeOffset now, DateTimeOffset? discoveredAt = null)
    {
        var check = new RuleCheck();
        check.RequireDefined(nameof(PromiseChannel), PromiseChannel, "Choose where the promise was made.");
        check.OptionalText(nameof(PromiseReference), PromiseReference, ReferenceMaxLength);
        if (PromisedOn is null)
        {
            check.Add(nameof(PromisedOn), "Enter when the promise was made.");
        }
        else if (PromisedOn > DateOnly.FromDateTime(now.UtcDateTime).AddDays(1))
        {
            check.Add(nameof(PromisedOn), "The promise date cannot be in the future.");
        }
        else if (discoveredAt is { } discovered && PromisedOn > DateOnly.FromDateTime(discovered.UtcDateTime).AddDays(1))
        {
            check.Add(nameof(PromisedOn), "The promise must have been made before it was found to be broken.");
        }

        check.RequireText(nameof(PromisedBy), PromisedBy, IncidentDetails.NameMaxLength, "Enter who made the promise, even if they have left the company.");
        var hasContract = check.OptionalText(nameof(ContractReference), ContractReference, IncidentDetails.ContractReferenceMaxLength);
        if (PromiseChannel == Incidents.PromiseChannel.ContractClause && !hasContract)
        {
            check.Add(nameof(ContractReference), "A promise made in a contract needs the contract reference (clause, SOW or SLA), so legal can review it.");
        }

        check.RequireText(nameof(ClientGoals), ClientGoals, IncidentDetails.LongTextMaxLength, "Describe why the client came to us in the first place.");
        check.RequireText(nameof(Findings), Findings, FindingsMaxLength, "Write down how the promise came about: who set the expectation, when, and on what basis.");
        return check.Violations;
    }
}
