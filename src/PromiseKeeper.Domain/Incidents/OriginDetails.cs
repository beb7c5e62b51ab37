using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

/// <summary>What the investigation found out about where the promise came from (stage 1), as typed.</summary>
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

    /// <summary>How the promise came about: who set the expectation, when, and on what basis.</summary>
    public string? Findings { get; init; }

    /// <summary>Why a recorded origin changes (who promised, when or where, the contract, the client's goals); not needed the first time.</summary>
    public string? Reason { get; init; }

    /// <summary>Checks every field rule that needs no incident; the incident adds its own (the promise came before the discovery).</summary>
    public Checked<PromiseOrigin> Parse(DateTimeOffset now)
    {
        var check = new RuleCheck();
        var channel = check.Defined(nameof(PromiseChannel), PromiseChannel, Messages.Of("origin.channel-missing"));
        var reference = check.OptionalTextValue(nameof(PromiseReference), PromiseReference, ReferenceMaxLength);
        var promisedOn = check.Present(nameof(PromisedOn), PromisedOn, Messages.Of("origin.promised-on-missing"));
        if (PromisedOn > DateOnly.FromDateTime(now.UtcDateTime).AddDays(1))
        {
            check.Add(nameof(PromisedOn), Messages.Of("origin.promised-on-future"));
        }
        else if (PromisedOn < DateOnly.FromDateTime(now.UtcDateTime).AddYears(-IncidentDetails.MaxYearsBack))
        {
            check.Add(nameof(PromisedOn), Messages.Count("origin.promised-on-too-old(count)", IncidentDetails.MaxYearsBack));
        }

        var promisedBy = check.Text(nameof(PromisedBy), PromisedBy, IncidentDetails.NameMaxLength, Messages.Of("origin.promised-by-missing"));
        var contract = check.OptionalTextValue(nameof(ContractReference), ContractReference, IncidentDetails.ContractReferenceMaxLength);
        if (PromiseChannel == Incidents.PromiseChannel.ContractClause && string.IsNullOrWhiteSpace(ContractReference))
        {
            check.Add(nameof(ContractReference), Messages.Of("origin.contract-reference-missing"));
        }

        var goals = check.Text(nameof(ClientGoals), ClientGoals, IncidentDetails.LongTextMaxLength, Messages.Of("origin.client-goals-missing"));
        var findings = check.Text(nameof(Findings), Findings, FindingsMaxLength, Messages.Of("origin.findings-missing"));
        var reason = check.OptionalTextValue(nameof(Reason), Reason, RecordCorrection.ReasonMaxLength);
        return Checked<PromiseOrigin>.From(check, () => new PromiseOrigin
        {
            Channel = channel,
            Reference = reference,
            PromisedOn = promisedOn,
            PromisedBy = promisedBy,
            PromisedByHasLeft = PromisedByHasLeft,
            ContractReference = contract,
            ClientGoals = goals,
            Findings = findings,
            Reason = reason,
        });
    }
}

/// <summary>Where the promise came from, checked: only <see cref="OriginDetails.Parse"/> makes one.</summary>
public sealed record PromiseOrigin
{
    internal PromiseOrigin()
    {
    }

    public PromiseChannel Channel { get; internal init; }

    public string? Reference { get; internal init; }

    public DateOnly PromisedOn { get; internal init; }

    public string PromisedBy { get; internal init; } = string.Empty;

    public bool PromisedByHasLeft { get; internal init; }

    public string? ContractReference { get; internal init; }

    public string ClientGoals { get; internal init; } = string.Empty;

    public string Findings { get; internal init; } = string.Empty;

    public string? Reason { get; internal init; }
}
