using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;
using Calendar = Ical.Net.Calendar;

namespace PromiseKeeper.Web.Infrastructure.Calendars;

/// <summary>
/// Writes a call invitation as an RFC 5545 calendar (.ics) with Ical.Net: METHOD:REQUEST for the call as planned,
/// METHOD:CANCEL with STATUS:CANCELLED once it is called off. Times are written in the call's zone (TZID) with its
/// VTIMEZONE, so calendars show the call where it was planned and move it correctly across daylight saving time.
/// </summary>
public static class CallInvitationCalendar
{
    public const string ProductId = "-//PromiseKeeper//Call invitation//EN";

    /// <exception cref="DomainException">When the time zone is unknown or the organiser's email is not an address.</exception>
    public static string Write(CallInvitation invitation)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        ArgumentException.ThrowIfNullOrWhiteSpace(invitation.Uid);
        ArgumentException.ThrowIfNullOrWhiteSpace(invitation.Summary);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(invitation.Duration, TimeSpan.Zero);

        var zone = FindZone(invitation.TimeZoneId);
        var start = TimeZoneInfo.ConvertTime(invitation.StartsAt, zone).DateTime;
        var end = TimeZoneInfo.ConvertTime(invitation.StartsAt + invitation.Duration, zone).DateTime;
        var zoneId = IanaId(zone);

        var calendar = new Calendar
        {
            ProductId = ProductId,
            Scale = CalendarScales.Gregorian,
            Method = invitation.IsCancelled ? CalendarMethods.Cancel : CalendarMethods.Request,
        };
        calendar.AddTimeZone(zoneId, start, includeHistoricalData: false);

        var call = new CalendarEvent
        {
            Uid = invitation.Uid.Trim(),
            Sequence = invitation.Sequence,
            DtStamp = new CalDateTime(invitation.CreatedAt.UtcDateTime, CalDateTime.UtcTzId),
            DtStart = new CalDateTime(start, zoneId),
            DtEnd = new CalDateTime(end, zoneId),
            Summary = CleanText(invitation.Summary),
            Description = Description(invitation, zone),
            Status = invitation.IsCancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            Organizer = Organizer(invitation),
        };

        if (!string.IsNullOrWhiteSpace(invitation.Location))
        {
            call.Location = CleanText(invitation.Location);
        }

        if (MeetingLinks.IsWebAddress(invitation.MeetingLink))
        {
            call.Url = new Uri(invitation.MeetingLink!);
        }

        foreach (var attendee in Attendees(invitation))
        {
            call.Attendees.Add(attendee);
        }

        calendar.Events.Add(call);
        return new CalendarSerializer().SerializeToString(calendar)
            ?? throw new InvalidOperationException("Ical.Net wrote no calendar.");
    }

    /// <summary>"Thursday 26 November 2026, 14:00": the moment as a person in <paramref name="zone"/> reads it (in English unless told).</summary>
    public static string LocalTime(DateTimeOffset moment, TimeZoneInfo zone, string language = Languages.English) =>
        InvitationWords.LocalTime(moment, zone, language);

    private static TimeZoneInfo FindZone(string timeZoneId)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId ?? string.Empty, out var zone))
        {
            throw new DomainException($"The time zone \"{timeZoneId}\" is not known. Choose one such as Europe/Ljubljana.");
        }

        return zone;
    }

    /// <summary>The zone's IANA id, which Ical.Net's time zone database and every calendar app know.</summary>
    private static string IanaId(TimeZoneInfo zone) =>
        !zone.HasIanaId && TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : zone.Id;

    private static Organizer? Organizer(CallInvitation invitation)
    {
        if (string.IsNullOrWhiteSpace(invitation.OrganizerEmail))
        {
            return null;
        }

        var address = CalendarAddress.Parse(invitation.OrganizerEmail)
            ?? throw new DomainException("The organiser's email address is not valid; correct it in your profile.");
        var name = CalendarAddress.Clean(invitation.OrganizerName);
        return new Organizer { Value = address.MailTo, CommonName = name.Length == 0 ? null : name };
    }

    /// <summary>
    /// Everyone on the list with an address: the client contact as a required participant, the organiser (when listed)
    /// as the chair, and the others as the required participants they were recorded as.
    /// </summary>
    private static IEnumerable<Attendee> Attendees(CallInvitation invitation)
    {
        foreach (var entry in invitation.Attendees)
        {
            if (CalendarAddress.Parse(entry) is not { } address)
            {
                continue;
            }

            var role = address.HasEmail(invitation.OrganizerEmail) && !address.HasEmail(invitation.ClientContactEmail)
                ? ParticipationRole.Chair
                : ParticipationRole.RequiredParticipant;
            yield return new Attendee { Value = address.MailTo, CommonName = address.Name, Role = role };
        }
    }

    private static string Description(CallInvitation invitation, TimeZoneInfo zone)
    {
        var text = new StringBuilder();
        var description = CleanText(invitation.Description ?? string.Empty);
        if (description.Length > 0)
        {
            text.Append(description).Append("\n\n");
        }

        var language = invitation.Language;
        if (MeetingLinks.IsWebAddress(invitation.MeetingLink))
        {
            text.Append(InvitationWords.Get("join", language, ("Link", invitation.MeetingLink))).Append("\n\n");
        }

        text.Append(InvitationWords.Get("length", language, ("Length", DraftValues.LengthText(invitation.Duration, language)))).Append('\n');
        text.Append(InvitationWords.Get("organiser-time", language, ("Time", LocalTime(invitation.StartsAt, zone, language)), ("Zone", zone.Id)));

        var attendees = invitation.Attendees.Where(a => !string.IsNullOrWhiteSpace(a)).Select(CleanText).ToList();
        if (attendees.Count > 0)
        {
            text.Append('\n').Append(InvitationWords.Get("attendees", language, ("Attendees", string.Join(", ", attendees))));
        }

        return text.ToString();
    }

    /// <summary>Trimmed, with every line break as "\n" and other control characters (tab aside) dropped: calendar text carries no raw controls.</summary>
    private static string CleanText(string value)
    {
        var lines = value.Trim().ReplaceLineEndings("\n");
        return new string(lines.Where(c => c is '\n' or '\t' || !char.IsControl(c)).ToArray());
    }
}
