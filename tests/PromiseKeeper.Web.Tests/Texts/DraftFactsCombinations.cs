using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Web.Tests.Texts;

/// <summary>
/// Draft facts in every combination that changes what a draft template reads: each fault, call time and zone set or not,
/// each call channel or none, attendees, offer (with and without a value), each offer response or none, conversation
/// notes and next steps (with and without a due date) present or not.
/// </summary>
public static class DraftFactsCombinations
{
    public static IEnumerable<(string Name, DraftFacts Facts)> All()
    {
        foreach (var fault in Enum.GetValues<Fault>())
        foreach (var callTime in new[] { false, true })
        foreach (var channel in new CallChannel?[] { null, CallChannel.Phone, CallChannel.Video, CallChannel.InPerson })
        foreach (var attendees in new[] { false, true })
        foreach (var offer in new[] { false, true })
        foreach (var response in new OfferResponse?[] { null, OfferResponse.Accepted, OfferResponse.Countered, OfferResponse.Rejected })
        foreach (var notes in new[] { false, true })
        foreach (var nextSteps in new[] { false, true })
        {
            var facts = Bare(fault) with
            {
                Offer = offer
                    ? [new OfferLine("Twenty hours of extra work at no charge", new Money(2_000m, "EUR")), new OfferLine("Early access to the forecasting module", null)]
                    : [],
                CallStartsAt = callTime ? new DateTimeOffset(2026, 12, 3, 13, 0, 0, TimeSpan.Zero) : null,
                CallTimeZoneId = callTime ? "Europe/Ljubljana" : null,
                CallChannel = channel,
                CallAttendees = attendees ? "Ana Novak, Maja Kovač" : null,
                OfferResponse = response,
                ConversationSummary = notes ? "Ana explained the board expects June figures." : null,
                NextSteps = nextSteps
                    ? [new NextStepLine("Deliver the reporting module", "Maja Kovač", new DateOnly(2026, 12, 10)), new NextStepLine("Confirm the June figures", "Ana Novak", null)]
                    : [],
            };
            var name = $"fault {fault}, call time {callTime}, channel {channel?.ToString() ?? "none"}, attendees {attendees}, "
                + $"offer {offer}, response {response?.ToString() ?? "none"}, notes {notes}, next steps {nextSteps}";
            yield return (name, facts);
        }
    }

    /// <summary>Facts with every optional part left out.</summary>
    public static DraftFacts Bare(Fault fault) => new()
    {
        ClientName = "Acme d.o.o.",
        ContactName = "Ana Novak",
        OwnerName = "Maja Kovač",
        Summary = "Reporting module delivered three weeks late",
        PromiseDescription = "The monthly reporting module would be live by the end of May.",
        PromisedOn = new DateOnly(2025, 3, 1),
        Fault = fault,
        ClientGoals = "Close the books two days faster each month.",
    };
}
