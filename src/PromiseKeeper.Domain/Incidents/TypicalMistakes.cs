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

    private const string TextFile = "typical-mistakes.txt";

    public static IReadOnlyList<MistakeFinding> Find(Incident incident, DateTimeOffset now, string language = TextResources.DefaultLanguage)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var found = new List<MistakeFinding>();
        void Add(char letter, string detail) => found.Add(new MistakeFinding(
            letter,
            TextCatalog.Get(TextFile, $"{letter}.title", language: language),
            TextCatalog.Get(TextFile, $"{letter}.explanation", language: language),
            detail));

        if (WaitedForClientToFindOut(incident, now) is { } detailA)
        {
            Add('A', detailA);
        }

        var conversation = incident.Conversation;
        if (conversation is { ClientSharedFeelings: false })
        {
            Add('B', Detail("B"));
        }

        var apologisedOrRegretted = conversation?.Acknowledgement is Acknowledgement.Apology or Acknowledgement.Regret;
        var sentBlame = incident.BlameFindings.Where(f => f.WasSent).ToList();
        if (sentBlame.Count > 0 && !apologisedOrRegretted)
        {
            var phrases = string.Join(", ", sentBlame.Select(f => $"\"{f.Phrase}\"").Distinct(StringComparer.OrdinalIgnoreCase));
            Add('C', Detail("C", ("Phrases", phrases)));
        }

        if (conversation is not null && apologisedOrRegretted && conversation.OfferResponse != OfferResponse.Accepted)
        {
            Add('D', Detail("D"));
        }

        if (conversation is { OfferResponse: OfferResponse.Accepted } && incident.Fault == Fault.Ours
            && conversation.Acknowledgement != Acknowledgement.Apology)
        {
            Add('E', Detail("E"));
        }

        return found;
    }

    private static string? WaitedForClientToFindOut(Incident incident, DateTimeOffset now)
    {
        if (incident.FirstDisclosure is FirstDisclosure.ClientToldUs)
        {
            return Detail("A.client-told-us");
        }

        if (incident.FirstDisclosure is FirstDisclosure.ClientHeardElsewhere)
        {
            return Detail("A.client-heard-elsewhere");
        }

        if (incident.ClientToldAt is { } told)
        {
            var delay = told - incident.DiscoveredAt;
            return delay > TellWithin ? Detail("A.told-late", ("Delay", Duration(delay))) : null;
        }

        var waiting = now - incident.DiscoveredAt;
        return incident.IsOpen && waiting > TellWithin
            ? Detail("A.not-told-yet", ("Delay", Duration(waiting)))
            : null;
    }

    private static string Duration(TimeSpan span) =>
        span.TotalHours >= 48
            ? Detail("A.days", ("Count", (int)span.TotalDays))
            : Detail("A.hours", ("Count", (int)span.TotalHours));

    private static string Detail(string key, params (string Name, object? Value)[] values) =>
        TextCatalog.Fill("typical-mistake-details.txt", key, values);
}
