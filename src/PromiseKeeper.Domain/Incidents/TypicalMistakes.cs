using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

/// <summary>
/// The five typical mistakes of handling a broken promise, computed from the record:
/// A waited for the client to find out; B denied the client the right to be upset; C shifted the
/// blame and did not apologise; D apologised but solved nothing; E solved it but never apologised.
/// Titles and explanations come from Texts/&lt;language&gt;/typical-mistakes.txt.
/// </summary>
public static class TypicalMistakes
{
    /// <summary>How long after discovery the client may hear it from us before it counts as waiting.</summary>
    public static readonly TimeSpan TellWithin = TimeSpan.FromHours(24);

    public static IReadOnlyList<MistakeFinding> Find(Incident incident, DateTimeOffset now, string language = TextResources.DefaultLanguage)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var texts = MistakeTexts.Load(language);
        var found = new List<MistakeFinding>();
        void Add(char letter, string detail) => found.Add(new MistakeFinding(letter, texts[letter].Title, texts[letter].Explanation, detail));

        if (WaitedForClientToFindOut(incident, now) is { } detailA)
        {
            Add('A', detailA);
        }

        var conversation = incident.Conversation;
        if (conversation is { ClientSharedFeelings: false })
        {
            Add('B', "The conversation record says the client did not get to say how they feel.");
        }

        var apologisedOrRegretted = conversation?.Acknowledgement is Acknowledgement.Apology or Acknowledgement.Regret;
        var sentBlame = incident.BlameFindings.Where(f => f.WasSent).ToList();
        if (sentBlame.Count > 0 && !apologisedOrRegretted)
        {
            var phrases = string.Join(", ", sentBlame.Select(f => $"\"{f.Phrase}\"").Distinct(StringComparer.OrdinalIgnoreCase));
            Add('C', $"A text sent to the client contains blame language ({phrases}) and no apology or regret is recorded.");
        }

        if (conversation is not null && apologisedOrRegretted && conversation.OfferResponse != OfferResponse.Accepted)
        {
            Add('D', "We apologised or expressed regret, but the client has not accepted a solution yet.");
        }

        if (conversation is { OfferResponse: OfferResponse.Accepted } && incident.Fault == Fault.Ours
            && conversation.Acknowledgement != Acknowledgement.Apology)
        {
            Add('E', "The client accepted the solution, but the fault is ours and no apology is recorded.");
        }

        return found;
    }

    private static string? WaitedForClientToFindOut(Incident incident, DateTimeOffset now)
    {
        if (incident.FirstDisclosure is FirstDisclosure.ClientToldUs)
        {
            return "The client noticed the problem and told us, before we told them.";
        }

        if (incident.FirstDisclosure is FirstDisclosure.ClientHeardElsewhere)
        {
            return "The client heard about it from someone else before we told them.";
        }

        if (incident.ClientToldAt is { } told)
        {
            var delay = told - incident.DiscoveredAt;
            return delay > TellWithin ? $"The client was told {Hours(delay)} after we discovered the problem." : null;
        }

        var waiting = now - incident.DiscoveredAt;
        return incident.IsOpen && waiting > TellWithin
            ? $"We discovered the problem {Hours(waiting)} ago and the client has not been told yet."
            : null;
    }

    private static string Hours(TimeSpan span) =>
        span.TotalHours >= 48
            ? $"{(int)span.TotalDays} days"
            : $"{(int)span.TotalHours} hours";
}
