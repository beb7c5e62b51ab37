namespace PromiseKeeper.Domain.Scheduling;

/// <summary>
/// What goes into a call invitation. <see cref="TimeZoneId"/> is the organiser's IANA zone (e.g. "Europe/Ljubljana"),
/// used to state the local time in the description. <see cref="Attendees"/> are free text; entries holding an email
/// address ("Name &lt;a@b.c&gt;" or "a@b.c") also become ATTENDEE lines.
/// </summary>
public sealed record CalendarInviteRequest(
    string Uid,
    DateTimeOffset StartsAt,
    TimeSpan Duration,
    string TimeZoneId,
    string Summary,
    string Description,
    string? Location,
    string OrganizerName,
    string? OrganizerEmail,
    IReadOnlyList<string> Attendees,
    DateTimeOffset CreatedAt);
