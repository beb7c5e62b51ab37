using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Web.Infrastructure.Display;

/// <summary>
/// A call's time in the call's own zone, labelled with that zone, as the client reads it. Shown next to the reader's
/// time only when the zones differ, and never for a zone that is not an IANA id (typed before the list was enforced).
/// </summary>
public static class CallTimes
{
    /// <summary>"Thursday 26 November 2026 at 14:00 (Europe/Ljubljana)", in the reader's language; null when the zone is the reader's or not known.</summary>
    public static string? InCallZone(DateTimeOffset startsAt, string? callZoneId, string readerZoneId) =>
        TimeZoneIds.Find(callZoneId) is { } zone && zone.Id != readerZoneId ? DraftValues.FormatCallTime(startsAt, zone.Id, Languages.OfCurrentUi()) : null;

    /// <summary>The saved zone when it is not an IANA id, so the page can ask for it to be picked again; otherwise null.</summary>
    public static string? UnknownZone(string? callZoneId) =>
        string.IsNullOrWhiteSpace(callZoneId) || TimeZoneIds.IsKnown(callZoneId) ? null : callZoneId;
}
