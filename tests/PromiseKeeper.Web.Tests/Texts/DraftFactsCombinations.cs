using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Web.Tests.Texts;

/// <summary>
/// Draft facts in every combination that changes what a draft template reads: each fault, call time and zone set or not,
/// each call channel or none, each offer mix (none, money only, only options without a money value, mixed with one not
/// described for the client), each offer response or none, the words for the client (the sentence and what was agreed)
/// written or not, update days or none, a meeting link or none. The greeting, the call's length and the owner's phone
/// take turns, so every one of them is rendered many times without multiplying the combinations.
/// </summary>
public static class DraftFactsCombinations
{
    /// <summary>The offer mixes, by name.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<ClientOfferLine>> OfferMixes { get; } = new Dictionary<string, IReadOnlyList<ClientOfferLine>>(StringComparer.Ordinal)
    {
        ["none"] = [],
        ["money"] = [new ClientOfferLine("Twenty hours of extra work for you at no charge", new Money(2_000m, "EUR"))],
        ["no money"] = [new ClientOfferLine("A new, firm date for your reports: 15 June", null)],
        ["mixed"] =
        [
            new ClientOfferLine("Twenty hours of extra work for you at no charge", new Money(2_000m, "EUR")),
            new ClientOfferLine("A new, firm date for your reports: 15 June", null),
            new ClientOfferLine(null, new Money(0m, "EUR")),
        ],
    };

    public static IEnumerable<(string Name, CallPlanFacts Facts)> All()
    {
        var turn = 0;
        foreach (var fault in Enum.GetValues<Fault>())
        foreach (var callTime in new[] { false, true })
        foreach (var channel in new CallChannel?[] { null, CallChannel.Phone, CallChannel.Video, CallChannel.InPerson })
        foreach (var (offerName, offer) in OfferMixes)
        foreach (var response in new OfferResponse?[] { null, OfferResponse.Accepted, OfferResponse.Countered, OfferResponse.Rejected })
        foreach (var written in new[] { false, true })
        foreach (var updates in new[] { false, true })
        foreach (var link in new[] { false, true })
        {
            turn++;
            var client = Bare(fault) with
            {
                Greeting = (GreetingForm)(turn % 3),
                ContactTitle = turn % 3 == (int)GreetingForm.TitleAndSurname ? "Dr" : null,
                OwnerPhone = turn % 2 == 0 ? "+386 1 234 5678" : null,
                ClientSentence = written ? "The reports we promised you for the end of May will not be ready then." : null,
                Offer = offer,
                CallStartsAt = callTime ? new DateTimeOffset(2026, 12, 3, 13, 0, 0, TimeSpan.Zero) : null,
                CallTimeZoneId = callTime ? "Europe/Ljubljana" : null,
                CallChannel = channel,
                CallLength = TimeSpan.FromMinutes(CallDetailsLengths[turn % CallDetailsLengths.Length]),
                MeetingLink = link ? "https://meet.example.com/abc-defg" : null,
                OfferResponse = response,
                Agreed = written ? "You will receive the reports by 15 June, and twenty hours of our work on what you need most." : null,
                UpdateDays = updates ? [new DateOnly(2026, 12, 10), new DateOnly(2026, 12, 17), new DateOnly(2027, 1, 7)] : [],
            };
            var name = $"fault {fault}, call time {callTime}, channel {channel?.ToString() ?? "none"}, offer {offerName}, "
                + $"response {response?.ToString() ?? "none"}, written {written}, update days {updates}, link {link}, greeting {client.Greeting}";
            yield return (name, Plan(client));
        }
    }

    private static readonly int[] CallDetailsLengths = [.. CallDetails.Lengths];

    /// <summary>Client facts with every optional part left out.</summary>
    public static DraftFacts Bare(Fault fault) => new()
    {
        ClientName = "Acme d.o.o.",
        ContactName = "Ana Novak",
        OwnerName = "Maja Kovač",
        Fault = fault,
    };

    /// <summary>The call plan's facts around <paramref name="client"/>, with the internal record.</summary>
    public static CallPlanFacts Plan(DraftFacts client) => new()
    {
        Client = client,
        Summary = "Reporting module delivered three weeks late",
        PromiseDescription = "The monthly reporting module would be live by the end of May.",
        PromisedOn = new DateOnly(2025, 3, 1),
        ClientGoals = "Close the books two days faster each month.",
        CallAttendees = client.CallStartsAt is null ? null : "Ana Novak, Maja Kovač",
        Offer = [.. client.Offer.Select(o => new PlanOfferLine(o.ClientDescription ?? "Early access to the forecasting module", o.ValueToClient))],
    };
}
