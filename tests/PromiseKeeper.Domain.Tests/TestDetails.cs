using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Domain.Tests;

/// <summary>
/// A fixed clock and a set of incident details that pass every rule at that time, so a test can
/// change exactly one thing with a <c>with</c> expression and see exactly one rule fire.
/// </summary>
internal static class TestDetails
{
    /// <summary>The fixed "now" every test uses instead of the clock.</summary>
    public static readonly DateTimeOffset Now = new(2025, 6, 15, 12, 0, 0, TimeSpan.Zero);

    public static readonly Actor Owner = new("user-17", "Maja Kovač");

    public static IncidentDetails Valid() => new()
    {
        ClientId = 42,
        Summary = "Reporting module delivered three weeks late",
        Kind = IncidentKind.MissedDeadline,
        ContactName = "Ana Novak",
        ContactRole = "Head of Finance",
        ContactEmail = "ana.novak@example.com",
        PromiseDescription = "The monthly reporting module would be live by the end of May.",
        PromisedBy = "Peter Horvat",
        PromisedByHasLeft = true,
        PromisedOn = new DateOnly(2025, 3, 1),
        PromiseChannel = PromiseChannel.Email,
        ContractReference = null,
        ClientGoals = "Close the books two days faster each month.",
        Fault = Fault.Ours,
        Damage = DamageKinds.Delay | DamageKinds.Reputation,
        OurLossAmount = 12_000.50m,
        OurLossCurrency = "EUR",
        ClientClaimedLossAmount = 30_000m,
        ClientClaimedLossCurrency = "EUR",
        PersonalHarm = PersonalHarm.Some,
        PersonalHarmNote = "She promised the board the reports for June.",
        DiscoveredAt = Now.AddDays(-2),
        ClientToldAt = Now.AddDays(-1),
        FirstDisclosure = FirstDisclosure.WeToldTheClient,
    };

    /// <summary>Sets one of the text fields by its property name, for theories that cover every text field alike.</summary>
    public static IncidentDetails WithText(this IncidentDetails details, string field, string? value) => field switch
    {
        nameof(IncidentDetails.Summary) => details with { Summary = value! },
        nameof(IncidentDetails.ContactName) => details with { ContactName = value! },
        nameof(IncidentDetails.ContactRole) => details with { ContactRole = value },
        nameof(IncidentDetails.ContactEmail) => details with { ContactEmail = value },
        nameof(IncidentDetails.PromiseDescription) => details with { PromiseDescription = value! },
        nameof(IncidentDetails.PromisedBy) => details with { PromisedBy = value! },
        nameof(IncidentDetails.ContractReference) => details with { ContractReference = value },
        nameof(IncidentDetails.ClientGoals) => details with { ClientGoals = value! },
        nameof(IncidentDetails.PersonalHarmNote) => details with { PersonalHarmNote = value },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a text field of IncidentDetails."),
    };

    /// <summary>Asserts that checking the details at <see cref="Now"/> breaks exactly the rules keyed by these fields (none: valid).</summary>
    public static void AssertViolations(IncidentDetails details, params string[] expectedFields) =>
        AssertViolationsAt(Now, details, expectedFields);

    /// <summary>Asserts that checking the details at <paramref name="now"/> breaks exactly the rules keyed by these fields.</summary>
    public static void AssertViolationsAt(DateTimeOffset now, IncidentDetails details, params string[] expectedFields) =>
        Assert.Equal([.. expectedFields.Order(StringComparer.Ordinal)], details.Check(now).Fields());

    /// <summary>The field keys of the violations, sorted, so a test can compare them as a whole.</summary>
    public static string[] Fields(this IReadOnlyList<RuleViolation> violations) =>
        [.. violations.Select(v => v.Field).Order(StringComparer.Ordinal)];
}
