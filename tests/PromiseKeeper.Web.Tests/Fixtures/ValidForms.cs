using System.Globalization;

namespace PromiseKeeper.Web.Tests.Fixtures;

/// <summary>The fields a browser sends for a complete, valid form (without the antiforgery token or version), shared by the page tests and the statement budgets.</summary>
public static class ValidForms
{
    /// <summary>Logging an incident for an existing client.</summary>
    public static List<KeyValuePair<string, string>> LogIncident(int clientId) =>
    [
        new("Data.ClientMode", "Existing"),
        new("Data.ClientId", clientId.ToString(CultureInfo.InvariantCulture)),
        new("Data.Summary", "Release 2.4 shipped three weeks late"),
        new("Data.Kind", "MissedDeadline"),
        new("Data.ContactName", "Dana Client"),
        new("Data.ContactEmail", "dana@client.example"),
        new("Data.PromiseDescription", "Release 2.4 in production by 1 November."),
        new("Data.Fault", "Ours"),
        new("Data.TimeZone", "UTC"),
        new("Data.DiscoveredAt", "2026-11-20T09:30"),
    ];

    /// <summary>Recording the conversation: an apology, the client could say how they felt, the offer accepted.</summary>
    public static List<KeyValuePair<string, string>> Conversation() =>
    [
        new("Data.TimeZone", "UTC"),
        new("Data.HeldAt", "2026-11-23T09:30"),
        new("Data.Notes", "They listened, then we talked about the plan."),
        new("Data.Agreed", "You will get release 2.4 by 8 December, and twenty hours of our work at no cost."),
        new("Data.ClientSharedFeelings", "true"),
        new("Data.Acknowledgement", "Apology"),
        new("Data.ClientDamageAmount", ""),
        new("Data.ClientDamageCurrency", "EUR"),
        new("Data.OfferResponse", "Accepted"),
        new("Data.ResponseNote", ""),
    ];
}
