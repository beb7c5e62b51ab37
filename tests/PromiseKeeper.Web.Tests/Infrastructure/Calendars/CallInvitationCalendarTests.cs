using System.Globalization;
using System.Text;
using Ical.Net.CalendarComponents;
using PromiseKeeper.Domain;
using PromiseKeeper.Web.Infrastructure.Calendars;
using Calendar = Ical.Net.Calendar;

namespace PromiseKeeper.Web.Tests.Infrastructure.Calendars;

/// <summary><see cref="CallInvitationCalendar"/>: the call invitation written with Ical.Net and read back with it.</summary>
public class CallInvitationCalendarTests
{
    private static CallInvitation Invitation() => new(
        Uid: "incident-42-call@promisekeeper",
        Sequence: 0,
        IsCancelled: false,
        StartsAt: new DateTimeOffset(2026, 11, 26, 14, 0, 0, TimeSpan.FromHours(1)),
        Duration: TimeSpan.FromMinutes(30),
        TimeZoneId: "Europe/Ljubljana",
        Summary: "Call about the delivery date",
        Description: "We would like to talk about the delivery.",
        Location: "Phone",
        OrganizerName: "Ana Novak",
        OrganizerEmail: "ana@example.com",
        ClientContactEmail: "mark@example.org",
        Attendees: ["Mark Lee <mark@example.org>", "Jane Doe", "Ana Novak <ana@example.com>", "bob@example.net"],
        CreatedAt: new DateTimeOffset(2026, 11, 20, 9, 30, 15, TimeSpan.Zero));

    private static Calendar Load(CallInvitation invitation) =>
        Calendar.Load(CallInvitationCalendar.Write(invitation)) ?? throw new InvalidOperationException("Ical.Net could not read the invitation.");

    private static CalendarEvent Event(CallInvitation invitation) => Assert.Single(Load(invitation).Events);

    [Fact]
    public void A_planned_call_is_a_request_for_one_confirmed_event()
    {
        var calendar = Load(Invitation());

        Assert.Equal("2.0", calendar.Version);
        Assert.Equal(CallInvitationCalendar.ProductId, calendar.ProductId);
        Assert.Equal("REQUEST", calendar.Method);
        var call = Assert.Single(calendar.Events);
        Assert.Equal("CONFIRMED", call.Status);
        Assert.Equal("incident-42-call@promisekeeper", call.Uid);
        Assert.Equal(0, call.Sequence);
        Assert.Equal("Call about the delivery date", call.Summary);
        Assert.Equal("Phone", call.Location);
    }

    [Fact]
    public void A_cancelled_call_is_a_cancel_of_the_same_event_with_its_revision()
    {
        var call = Invitation() with { IsCancelled = true, Sequence = 3 };

        var calendar = Load(call);

        Assert.Equal("CANCEL", calendar.Method);
        var cancelled = Assert.Single(calendar.Events);
        Assert.Equal("CANCELLED", cancelled.Status);
        Assert.Equal("incident-42-call@promisekeeper", cancelled.Uid);
        Assert.Equal(3, cancelled.Sequence);
    }

    [Fact]
    public void The_revision_goes_into_sequence_and_the_uid_stays()
    {
        var first = Event(Invitation());
        var moved = Event(Invitation() with { Sequence = 1, StartsAt = new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.FromHours(1)) });

        Assert.Equal(first.Uid, moved.Uid);
        Assert.Equal(0, first.Sequence);
        Assert.Equal(1, moved.Sequence);
    }

    [Fact]
    public void Start_and_end_are_written_in_the_call_s_zone_with_its_vtimezone()
    {
        var calendar = Load(Invitation());
        var call = Assert.Single(calendar.Events);

        var zone = Assert.Single(calendar.TimeZones);
        Assert.Equal("Europe/Ljubljana", zone.TzId);
        Assert.Equal("Europe/Ljubljana", call.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 11, 26, 14, 0, 0), call.DtStart.Value);
        Assert.Equal("Europe/Ljubljana", call.DtEnd!.TzId);
        Assert.Equal(new DateTime(2026, 11, 26, 14, 30, 0), call.DtEnd.Value);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 13, 0, 0, TimeSpan.Zero), new DateTimeOffset(call.DtStart.AsUtc, TimeSpan.Zero));
    }

    [Fact]
    public void Start_given_with_another_offset_is_written_as_the_local_time_of_the_zone()
    {
        var call = Event(Invitation() with { StartsAt = new DateTimeOffset(2026, 3, 5, 21, 15, 0, TimeSpan.FromHours(-5)), TimeZoneId = "America/New_York" });

        Assert.Equal("America/New_York", call.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 3, 5, 21, 15, 0), call.DtStart.Value);
        Assert.Equal(new DateTime(2026, 3, 6, 2, 15, 0), call.DtStart.AsUtc);
    }

    [Fact]
    public void End_across_the_switch_to_summer_time_lasts_the_call_s_length()
    {
        // 01:30 in Ljubljana on 29 March 2026; the clocks jump from 02:00 to 03:00, so 45 minutes later it is 03:15.
        var call = Event(Invitation() with { StartsAt = new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.FromHours(1)), Duration = TimeSpan.FromMinutes(45) });

        Assert.Equal(new DateTime(2026, 3, 29, 3, 15, 0), call.DtEnd!.Value);
        Assert.Equal(TimeSpan.FromMinutes(45), call.DtEnd.AsUtc - call.DtStart!.AsUtc);
    }

    [Fact]
    public void Stamp_is_the_moment_the_invitation_was_made_in_utc()
    {
        var call = Event(Invitation());

        Assert.True(call.DtStamp!.IsUtc);
        Assert.Equal(new DateTime(2026, 11, 20, 9, 30, 15), call.DtStamp.Value);
    }

    [Fact]
    public void Organizer_is_the_owner_with_name_and_address()
    {
        var organizer = Event(Invitation()).Organizer!;

        Assert.Equal("Ana Novak", organizer.CommonName);
        Assert.Equal(new Uri("mailto:ana@example.com"), organizer.Value);
    }

    [Fact]
    public void No_organizer_without_an_email()
    {
        Assert.Null(Event(Invitation() with { OrganizerEmail = null }).Organizer);
    }

    [Fact]
    public void Organizer_email_that_is_not_an_address_is_refused()
    {
        Assert.Throws<DomainException>(() => CallInvitationCalendar.Write(Invitation() with { OrganizerEmail = "ana at example" }));
    }

    [Fact]
    public void Attendees_with_an_address_carry_their_role()
    {
        var attendees = Event(Invitation()).Attendees;

        Assert.Collection(
            attendees,
            client =>
            {
                Assert.Equal(new Uri("mailto:mark@example.org"), client.Value);
                Assert.Equal("Mark Lee", client.CommonName);
                Assert.Equal("REQ-PARTICIPANT", client.Role);
            },
            organizer =>
            {
                Assert.Equal(new Uri("mailto:ana@example.com"), organizer.Value);
                Assert.Equal("CHAIR", organizer.Role);
            },
            other =>
            {
                Assert.Equal(new Uri("mailto:bob@example.net"), other.Value);
                Assert.Null(other.CommonName);
                Assert.Equal("REQ-PARTICIPANT", other.Role);
            });
    }

    [Fact]
    public void Attendee_entries_without_an_address_are_left_out_and_quoted_names_kept()
    {
        var invitation = Invitation() with { Attendees = ["Jane Doe", "Not an address <nobody>", "\"Lee, Mark\" <mark2@example.org>"] };

        var attendee = Assert.Single(Event(invitation).Attendees);

        Assert.Equal("Lee, Mark", attendee.CommonName);
        Assert.Equal(new Uri("mailto:mark2@example.org"), attendee.Value);
    }

    [Fact]
    public void Description_states_the_local_time_and_every_attendee()
    {
        var description = Event(Invitation() with { TimeZoneId = "America/New_York" }).Description;

        Assert.Equal(
            "We would like to talk about the delivery.\n\n"
            + "Length: half an hour\n"
            + "Local time for the organiser: Thursday 26 November 2026, 08:00 (America/New_York)\n"
            + "Attendees: Mark Lee <mark@example.org>, Jane Doe, Ana Novak <ana@example.com>, bob@example.net",
            description);
    }

    [Fact]
    public void Text_with_separators_and_line_breaks_round_trips()
    {
        const string original = "Agenda:\n1. What happened; why\r\n2. Options, costs\\values\rČe se ne slišimo – pokličite.";
        var call = Event(Invitation() with { Summary = @"Call; re: delivery, C:\temp", Description = original, Location = "Room 1,\nFloor 2", Attendees = [] });

        Assert.Equal(@"Call; re: delivery, C:\temp", call.Summary);
        Assert.Equal("Room 1,\nFloor 2", call.Location);
        Assert.StartsWith("Agenda:\n1. What happened; why\n2. Options, costs\\values\nČe se ne slišimo – pokličite.\n\nLength: half an hour\nLocal time for the organiser:", call.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_meeting_link_is_the_event_s_url_and_the_first_line_after_the_description()
    {
        var call = Event(Invitation() with { MeetingLink = "https://meet.example.com/abc-defg" });

        Assert.Equal(new Uri("https://meet.example.com/abc-defg"), call.Url);
        Assert.StartsWith("We would like to talk about the delivery.\n\nJoin the call: https://meet.example.com/abc-defg\n\n", call.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("meet.example.com/abc")]
    public void A_meeting_link_that_is_not_a_web_address_is_left_out(string link)
    {
        var call = Event(Invitation() with { MeetingLink = link });

        Assert.Null(call.Url);
        Assert.DoesNotContain(link, call.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void No_location_without_one()
    {
        Assert.Null(Event(Invitation() with { Location = "  " }).Location);
    }

    [Fact]
    public void Unknown_time_zone_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => CallInvitationCalendar.Write(Invitation() with { TimeZoneId = "Mars/Olympus" }));

        Assert.Contains("Mars/Olympus", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Length_that_is_not_positive_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CallInvitationCalendar.Write(Invitation() with { Duration = TimeSpan.Zero }));
    }

    [Fact]
    public void Lines_end_with_crlf_and_are_folded_at_75_octets()
    {
        var summary = string.Concat(Enumerable.Repeat("Čšž 😊 Пример звонка – ", 12)) + "end";
        var ics = CallInvitationCalendar.Write(Invitation() with { Summary = summary, Description = "one\ntwo\r\nthree" });

        Assert.EndsWith("END:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.Equal(ics.Count(c => c == '\n'), ics.Split("\r\n").Length - 1);
        Assert.All(ics.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.Equal(summary, Assert.Single(Calendar.Load(ics)!.Events).Summary);
    }

    [Fact]
    public void Local_time_follows_daylight_saving_time()
    {
        var ljubljana = TimeZoneInfo.FindSystemTimeZoneById("Europe/Ljubljana");

        Assert.Equal("Wednesday 1 July 2026, 14:00", CallInvitationCalendar.LocalTime(new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero), ljubljana));
        Assert.Equal("Thursday 1 January 2026, 13:00", CallInvitationCalendar.LocalTime(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero), ljubljana));
    }

    [Fact]
    public void Output_does_not_depend_on_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        string written;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
            written = CallInvitationCalendar.Write(Invitation());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        var call = Assert.Single(Calendar.Load(written)!.Events);
        Assert.Equal(new DateTime(2026, 11, 26, 14, 0, 0), call.DtStart!.Value);
        Assert.Contains("Thursday 26 November 2026, 14:00", call.Description, StringComparison.Ordinal);
    }
}
