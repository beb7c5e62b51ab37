namespace PromiseKeeper.BrowserTests.PageObjects;

/// <summary>
/// What is typed into the "Log a broken promise" form: option texts as the form shows them and times as
/// wall-clock times in the test browser's zone. <see cref="Create"/> gives a complete, valid incident.
/// </summary>
public sealed record NewIncident
{
    public required string Summary { get; init; }

    public string ClientName { get; init; } = "Northwind Logistics";

    public string Kind { get; init; } = "Missed deadline";

    public string ContactName { get; init; } = "Jonas Weber";

    public string? ContactRole { get; init; }

    public string? ContactEmail { get; init; }

    public string Promise { get; init; } = "The fleet dashboard would show live arrival times from the first of the month.";

    public required string PromisedBy { get; init; }

    public required DateTime PromisedOn { get; init; }

    public string Channel { get; init; } = "Email";

    /// <summary>With a reference the channel becomes a contract clause, and the incident waits for legal.</summary>
    public string? ContractReference { get; init; }

    public string ClientGoals { get; init; } = "Let customers plan their goods-in staff around real arrival times.";

    public string Fault { get; init; } = "Ours";

    public string Damage { get; init; } = "Delay of delivery";

    /// <summary>Our estimate of the client's loss, e.g. "20000", in <see cref="LossCurrency"/>.</summary>
    public string? OurLoss { get; init; }

    public string LossCurrency { get; init; } = "EUR";

    public required DateTime DiscoveredAt { get; init; }

    /// <summary>A valid incident, promised 30 days and discovered 3 hours before <paramref name="now"/> (the browser's wall-clock time).</summary>
    public static NewIncident Create(string summary, string promisedBy, DateTime now) => new()
    {
        Summary = summary,
        PromisedBy = promisedBy,
        PromisedOn = now.Date.AddDays(-30),
        DiscoveredAt = now.AddHours(-3),
    };
}
