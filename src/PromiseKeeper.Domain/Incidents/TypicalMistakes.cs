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

    /// <summary>
    /// While nobody has told the client yet and the incident is open: when they must hear it from us at the
    /// latest, so that mistake A does not apply. Null once the client knows, or when the incident is finished.
    /// </summary>
    public static DateTimeOffset? TellClientBy(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return incident.IsOpen && incident.FirstDisclosure is null && incident.ClientToldAt is null
            ? incident.DiscoveredAt + TellWithin
            : null;
    }

    private const string TextFile = "typical-mistakes.txt";

    private const string DetailsFile = "typical-mistake-details.txt";

    public static IReadOnlyList<MistakeFinding> Find(Incident incident, DateTimeOffset now, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(incident);
        language ??= Languages.OfCurrentUi();
        var found = new List<MistakeFinding>();
        void Add(char letter, string detail) => found.Add(new MistakeFinding(
            letter,
            TextCatalog.Get(TextFile, $"{letter}.title", language: language),
            TextCatalog.Get(TextFile, $"{letter}.explanation", language: language),
            detail));

        if (WaitedForClientToFindOut(incident, now, language) is { } detailA)
        {
            Add('A', detailA);
        }

        var conversation = incident.Conversation;
        if (conversation is { ClientSharedFeelings: false })
        {
            Add('B', Detail(language, "B"));
        }

        var apologisedOrRegretted = conversation?.Acknowledgement is Acknowledgement.Apology or Acknowledgement.Regret;
        var sentBlame = incident.BlameFindings.Where(f => f.WasSent).ToList();
        if (sentBlame.Count > 0 && !apologisedOrRegretted)
        {
            var phrases = string.Join(", ", sentBlame.Select(f => $"\"{f.Phrase}\"").Distinct(StringComparer.OrdinalIgnoreCase));
            Add('C', Detail(language, "C", ("Phrases", phrases)));
        }

        if (conversation is not null && apologisedOrRegretted && conversation.OfferResponse != OfferResponse.Accepted)
        {
            Add('D', Detail(language, "D"));
        }

        if (conversation is { OfferResponse: OfferResponse.Accepted } && incident.Fault == Fault.Ours
            && conversation.Acknowledgement != Acknowledgement.Apology)
        {
            Add('E', Detail(language, "E"));
        }

        return found;
    }

    private static string? WaitedForClientToFindOut(Incident incident, DateTimeOffset now, string language)
    {
        if (incident.FirstDisclosure is FirstDisclosure.ClientToldUs or FirstDisclosure.ClientHeardElsewhere)
        {
            // Only a client who found out after we knew was kept waiting; one who told us something we
            // did not know yet (or heard it before we did) could not have heard it from us first.
            var foundOut = incident.ClientToldAt ?? incident.DiscoveredAt;
            if (foundOut <= incident.DiscoveredAt)
            {
                return null;
            }

            var key = incident.FirstDisclosure is FirstDisclosure.ClientToldUs ? "A.client-told-us" : "A.client-heard-elsewhere";
            return Detail(language, key, ("Delay", Duration(language, foundOut - incident.DiscoveredAt)));
        }

        if (incident.ClientToldAt is { } told)
        {
            var delay = told - incident.DiscoveredAt;
            return delay > TellWithin ? Detail(language, "A.told-late", ("Delay", Duration(language, delay))) : null;
        }

        var waiting = now - incident.DiscoveredAt;
        return incident.IsOpen && waiting > TellWithin
            ? Detail(language, "A.not-told-yet", ("Delay", Duration(language, waiting)))
            : null;
    }

    private static string Duration(string language, TimeSpan span) =>
        span.TotalHours >= 48 ? Count(language, "A.days(count)", (int)span.TotalDays)
        : span.TotalHours >= 1 ? Count(language, "A.hours(count)", (int)span.TotalHours)
        : Count(language, "A.minutes(count)", Math.Max(1, (int)span.TotalMinutes));

    private static string Count(string language, string key, int count) => TextCatalog.Count(DetailsFile, key, count, language);

    private static string Detail(string language, string key, params (string Name, object? Value)[] values) =>
        TextCatalog.Get(DetailsFile, key, values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal), language);
}
