using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Web.Infrastructure.Calendars;

/// <summary>
/// What goes into a call invitation. <see cref="Uid"/> stays the same for the call whatever changes; <see cref="Sequence"/>
/// is the call's revision, so calendars replace the earlier version. <see cref="TimeZoneId"/> is the organiser's IANA zone
/// (e.g. "Europe/Ljubljana"): the times are written in it. <see cref="Attendees"/> are free text; entries holding an email
/// address ("Name &lt;a@b.c&gt;" or "a@b.c") also become ATTENDEE lines, the one with <see cref="ClientContactEmail"/>
/// as a required participant.
/// </summary>
public sealed record CallInvitation(
    string Uid,
    int Sequence,
    bool IsCancelled,
    DateTimeOffset StartsAt,
    TimeSpan Duration,
    string TimeZoneId,
    string Summary,
    string Description,
    string? Location,
    string OrganizerName,
    string? OrganizerEmail,
    string? ClientContactEmail,
    IReadOnlyList<string> Attendees,
    DateTimeOffset CreatedAt)
{
    /// <summary>Where to join the call (an absolute http or https address): the event's URL and a line in its description.</summary>
    public string? MeetingLink { get; init; }

    /// <summary>The client's language: the words the calendar writes around the summary and description, and its dates.</summary>
    public string Language { get; init; } = Languages.English;
}
