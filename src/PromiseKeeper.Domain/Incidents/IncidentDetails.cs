namespace PromiseKeeper.Domain.Incidents;

/// <summary>
/// Everything an account manager records when logging a broken promise, as typed: a required
/// field may still be missing here, and <see cref="Check"/> says so.
/// <see cref="Check"/> holds every field rule; violations are keyed by the property names below,
/// so a form that uses the same names can show each message next to its field.
/// </summary>
public sealed record IncidentDetails
{
    public const int SummaryMaxLength = 200;
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 254;
    public const int LongTextMaxLength = 4000;
    public const int NoteMaxLength = 2000;
    public const int ContractReferenceMaxLength = 200;
    public const decimal MaxAmount = 1_000_000_000_000m;

    /// <summary>Clocks differ a little between browsers and the server; times this far ahead still count as "now".</summary>
    public static readonly TimeSpan ClockSkewAllowance = TimeSpan.FromMinutes(5);

    public int? ClientId { get; init; }

    public string? Summary { get; init; }

    public IncidentKind? Kind { get; init; }

    public string? ContactName { get; init; }

    public string? ContactRole { get; init; }

    public string? ContactEmail { get; init; }

    public string? PromiseDescription { get; init; }

    public string? PromisedBy { get; init; }

    public bool PromisedByHasLeft { get; init; }

    public DateOnly? PromisedOn { get; init; }

    public PromiseChannel? PromiseChannel { get; init; }

    public string? ContractReference { get; init; }

    public string? ClientGoals { get; init; }

    public Fault? Fault { get; init; }

    public DamageKinds Damage { get; init; }

    public decimal? OurLossAmount { get; init; }

    public string? OurLossCurrency { get; init; }

    public decimal? ClientClaimedLossAmount { get; init; }

    public string? ClientClaimedLossCurrency { get; init; }

    public PersonalHarm PersonalHarm { get; init; }

    public string? PersonalHarmNote { get; init; }

    public DateTimeOffset? DiscoveredAt { get; init; }

    public DateTimeOffset? ClientToldAt { get; init; }

    public FirstDisclosure? FirstDisclosure { get; init; }

    /// <summary>Checks every field rule against the current time. An empty list means the details can be logged.</summary>
    public IReadOnlyList<RuleViolation> Check(DateTimeOffset now)
    {
        var errors = new List<RuleViolation>();
        void Add(string field, string message) => errors.Add(new RuleViolation(field, message));

        if (ClientId is null or <= 0)
        {
            Add(nameof(ClientId), "Choose the client, or add a new one.");
        }

        RequireText(errors, nameof(Summary), Summary, SummaryMaxLength, "Give the incident a short summary.");
        RequireDefined(errors, nameof(Kind), Kind, "Choose what kind of broken promise this is.");

        RequireText(errors, nameof(ContactName), ContactName, NameMaxLength, "Enter the name of the person we deal with at the client.");
        OptionalText(errors, nameof(ContactRole), ContactRole, NameMaxLength);
        if (OptionalText(errors, nameof(ContactEmail), ContactEmail, EmailMaxLength) && !LooksLikeEmail(ContactEmail!))
        {
            Add(nameof(ContactEmail), "Enter the contact's email as name@example.com, or leave it empty.");
        }

        RequireText(errors, nameof(PromiseDescription), PromiseDescription, LongTextMaxLength, "Describe what was promised.");
        RequireText(errors, nameof(PromisedBy), PromisedBy, NameMaxLength, "Enter who made the promise, even if they have left the company.");
        if (PromisedOn is null)
        {
            Add(nameof(PromisedOn), "Enter when the promise was made.");
        }
        else if (PromisedOn > DateOnly.FromDateTime(now.UtcDateTime.Add(ClockSkewAllowance)).AddDays(1))
        {
            // One day of slack: the date is typed in the user's time zone, which may be ahead of UTC.
            Add(nameof(PromisedOn), "The promise date cannot be in the future.");
        }
        else if (DiscoveredAt is { } discovered && PromisedOn > DateOnly.FromDateTime(discovered.UtcDateTime).AddDays(1))
        {
            Add(nameof(PromisedOn), "The promise must have been made before it was found to be broken.");
        }

        RequireDefined(errors, nameof(PromiseChannel), PromiseChannel, "Choose where the promise was made.");
        var hasContractReference = OptionalText(errors, nameof(ContractReference), ContractReference, ContractReferenceMaxLength);
        if (PromiseChannel == Incidents.PromiseChannel.ContractClause && !hasContractReference)
        {
            Add(nameof(ContractReference), "A promise made in a contract needs the contract reference (clause, SOW or SLA), so legal can review it.");
        }

        RequireText(errors, nameof(ClientGoals), ClientGoals, LongTextMaxLength, "Describe why the client came to us in the first place.");
        RequireDefined(errors, nameof(Fault), Fault, "Choose whose fault it is; choose \"disputed\" if that is not clear yet.");

        if (Damage == DamageKinds.None)
        {
            Add(nameof(Damage), "Choose at least one kind of damage.");
        }
        else if ((Damage & ~(DamageKinds.Delay | DamageKinds.QualityOrWrongResult | DamageKinds.Reputation)) != 0)
        {
            Add(nameof(Damage), "Choose only the listed kinds of damage.");
        }

        CheckMoney(errors, nameof(OurLossAmount), OurLossAmount, nameof(OurLossCurrency), OurLossCurrency);
        CheckMoney(errors, nameof(ClientClaimedLossAmount), ClientClaimedLossAmount, nameof(ClientClaimedLossCurrency), ClientClaimedLossCurrency);
        if (OurLossAmount is not null && ClientClaimedLossAmount is not null
            && Money.IsCurrencyCode(OurLossCurrency) && Money.IsCurrencyCode(ClientClaimedLossCurrency)
            && OurLossCurrency != ClientClaimedLossCurrency)
        {
            Add(nameof(ClientClaimedLossCurrency), "Use the same currency as our estimate, so the two figures can be compared.");
        }

        RequireDefined<PersonalHarm>(errors, nameof(PersonalHarm), PersonalHarm, "Choose how much this hurts our contact personally.");
        OptionalText(errors, nameof(PersonalHarmNote), PersonalHarmNote, NoteMaxLength);

        CheckDisclosure(errors, now);
        return errors;
    }

    private void CheckDisclosure(List<RuleViolation> errors, DateTimeOffset now)
    {
        var latestAllowed = now + ClockSkewAllowance;
        if (DiscoveredAt is null)
        {
            errors.Add(new(nameof(DiscoveredAt), "Enter when we discovered the promise was broken."));
        }
        else if (DiscoveredAt > latestAllowed)
        {
            errors.Add(new(nameof(DiscoveredAt), "The discovery time cannot be in the future."));
        }

        if (FirstDisclosure is { } disclosure && !Enum.IsDefined(disclosure))
        {
            errors.Add(new(nameof(FirstDisclosure), "Choose who told whom first."));
            return;
        }

        if (ClientToldAt is null)
        {
            if (FirstDisclosure is not null)
            {
                errors.Add(new(nameof(ClientToldAt), "Enter when the client found out."));
            }

            return;
        }

        if (FirstDisclosure is null)
        {
            errors.Add(new(nameof(FirstDisclosure), "Choose who told whom first."));
        }

        if (ClientToldAt > latestAllowed)
        {
            errors.Add(new(nameof(ClientToldAt), "The time the client found out cannot be in the future; leave it empty if they do not know yet."));
        }
        else if (FirstDisclosure == Incidents.FirstDisclosure.WeToldTheClient && DiscoveredAt is not null && ClientToldAt < DiscoveredAt)
        {
            errors.Add(new(nameof(ClientToldAt), "We cannot have told the client before we discovered the problem. Check both times."));
        }
    }

    private static void CheckMoney(List<RuleViolation> errors, string amountField, decimal? amount, string currencyField, string? currency)
    {
        if (amount is null)
        {
            return;
        }

        if (amount < 0)
        {
            errors.Add(new(amountField, "An amount cannot be negative."));
        }
        else if (amount > MaxAmount)
        {
            errors.Add(new(amountField, "That amount is too large; check the number."));
        }
        else if (decimal.Round(amount.Value, 2) != amount.Value)
        {
            errors.Add(new(amountField, "Use at most two decimal places."));
        }

        if (string.IsNullOrWhiteSpace(currency))
        {
            errors.Add(new(currencyField, "Choose the currency of the amount."));
        }
        else if (!Money.IsCurrencyCode(currency))
        {
            errors.Add(new(currencyField, "Use a three-letter currency code such as EUR or USD."));
        }
    }

    private static void RequireText(List<RuleViolation> errors, string field, string? value, int maxLength, string missingMessage)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, missingMessage));
        }
        else if (value.Trim().Length > maxLength)
        {
            errors.Add(new(field, $"Keep this to {maxLength} characters or fewer (now {value.Trim().Length})."));
        }
    }

    /// <returns>True when the optional text has a value (whether or not it is too long).</returns>
    private static bool OptionalText(List<RuleViolation> errors, string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        if (value.Trim().Length > maxLength)
        {
            errors.Add(new(field, $"Keep this to {maxLength} characters or fewer (now {value.Trim().Length})."));
        }

        return true;
    }

    private static void RequireDefined<TEnum>(List<RuleViolation> errors, string field, TEnum? value, string message)
        where TEnum : struct, Enum
    {
        if (value is not { } defined || !Enum.IsDefined(defined))
        {
            errors.Add(new(field, message));
        }
    }

    private static bool LooksLikeEmail(string value)
    {
        var trimmed = value.Trim();
        var at = trimmed.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == trimmed.LastIndexOf('@') && at < trimmed.Length - 1
            && trimmed.IndexOf('.', at) > at + 1 && !trimmed.EndsWith('.') && !trimmed.Any(char.IsWhiteSpace);
    }
}
