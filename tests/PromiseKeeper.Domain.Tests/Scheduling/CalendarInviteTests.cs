using System.Text;
using PromiseKeeper.Domain.Scheduling;

namespace PromiseKeeper.Domain.Tests;

/// <summary><see cref="CalendarInvite"/>: an RFC 5545 invitation for the client call.</summary>
public class CalendarInviteTests
{
    private static CalendarInviteRequest Request() => new(
        Uid: "incident-42-call@promisekeeper",
        StartsAt: new DateTimeOffset(2026, 11, 26, 14, 0, 0, TimeSpan.FromHours(1)),
        Duration: TimeSpan.FromMinutes(30),
        TimeZoneId: "Europe/Ljubljana",
        Summary: "Call about the delivery date",
        Description: "We would like to talk about the delivery.",
        Location: "Phone",
        OrganizerName: "Ana Novak",
        OrganizerEmail: "ana@example.com",
        Attendees: ["Mark Lee <mark@example.org>", "Jane Doe"],
        CreatedAt: new DateTimeOffset(2026, 11, 20, 9, 30, 15, TimeSpan.Zero));

    private static string[] Lines(string ics)
    {
        Assert.EndsWith("\r\n", ics, StringComparison.Ordinal);
        return Unfold(ics).Split("\r\n")[..^1];
    }

    private static string Unfold(string ics) => ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal);

    private static string Value(string ics, string name)
    {
        var line = Assert.Single(Lines(ics), l => l.StartsWith(name + ":", StringComparison.Ordinal) || l.StartsWith(name + ";", StringComparison.Ordinal));
        return line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..];
    }

    private static string UnescapeText(string value)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
                builder.Append(value[i] is 'n' or 'N' ? '\n' : value[i]);
            }
            else
            {
                builder.Append(value[i]);
            }
        }

        return builder.ToString();
    }

    [Fact]
    public void Writes_the_calendar_and_one_event_in_order()
    {
        var lines = Lines(CalendarInvite.Create(Request()));

        Assert.Equal(
            [
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//PromiseKeeper//Call invitation//EN",
                "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH",
                "BEGIN:VEVENT",
            ],
            lines[..6]);
        Assert.Equal(["END:VEVENT", "END:VCALENDAR"], lines[^2..]);
        Assert.Single(lines, l => l == "BEGIN:VEVENT");
        Assert.Contains("UID:incident-42-call@promisekeeper", lines);
        Assert.Contains("SUMMARY:Call about the delivery date", lines);
        Assert.Contains("LOCATION:Phone", lines);
        Assert.Contains("DTSTAMP:20261120T093015Z", lines);
    }

    [Fact]
    public void Every_line_ends_with_crlf_and_there_are_no_bare_line_feeds()
    {
        var ics = CalendarInvite.Create(Request() with { Description = "one\ntwo\r\nthree\rfour" });

        Assert.EndsWith("END:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.Equal(ics.Count(c => c == '\n'), ics.Split("\r\n").Length - 1);
        Assert.Equal(ics.Count(c => c == '\r'), ics.Split("\r\n").Length - 1);
    }

    [Fact]
    public void Start_is_converted_to_utc()
    {
        var ics = CalendarInvite.Create(Request());

        Assert.Equal("20261126T130000Z", Value(ics, "DTSTART"));
    }

    [Fact]
    public void Start_with_a_negative_offset_is_converted_to_utc_across_midnight()
    {
        var ics = CalendarInvite.Create(Request() with { StartsAt = new DateTimeOffset(2026, 3, 5, 21, 15, 0, TimeSpan.FromHours(-5)) });

        Assert.Equal("20260306T021500Z", Value(ics, "DTSTART"));
    }

    [Fact]
    public void End_is_start_plus_duration()
    {
        var ics = CalendarInvite.Create(Request() with { Duration = TimeSpan.FromMinutes(45) });

        Assert.Equal("20261126T134500Z", Value(ics, "DTEND"));
    }

    [Fact]
    public void Duration_that_is_not_positive_is_refused()
    {
        Assert.Throws<DomainException>(() => CalendarInvite.Create(Request() with { Duration = TimeSpan.Zero }));
        Assert.Throws<DomainException>(() => CalendarInvite.Create(Request() with { Duration = TimeSpan.FromMinutes(-5) }));
    }

    [Fact]
    public void Unknown_time_zone_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => CalendarInvite.Create(Request() with { TimeZoneId = "Mars/Olympus" }));

        Assert.Contains("Mars/Olympus", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Description_states_the_local_time_in_ljubljana()
    {
        var description = UnescapeText(Value(CalendarInvite.Create(Request()), "DESCRIPTION"));

        Assert.StartsWith("We would like to talk about the delivery.\n\n", description, StringComparison.Ordinal);
        Assert.Contains("Local time for the organiser: Thursday 26 November 2026, 14:00 (Europe/Ljubljana)", description, StringComparison.Ordinal);
    }

    [Fact]
    public void Description_states_the_local_time_in_new_york()
    {
        var request = Request() with { TimeZoneId = "America/New_York" };

        var description = UnescapeText(Value(CalendarInvite.Create(request), "DESCRIPTION"));

        Assert.Contains("Local time for the organiser: Thursday 26 November 2026, 08:00 (America/New_York)", description, StringComparison.Ordinal);
    }

    [Fact]
    public void Local_time_follows_daylight_saving_time()
    {
        var summer = new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero);
        var winter = new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
        var ljubljana = TimeZoneInfo.FindSystemTimeZoneById("Europe/Ljubljana");

        Assert.Equal("Wednesday 1 July 2026, 14:00", CalendarInvite.LocalTime(summer, ljubljana));
        Assert.Equal("Thursday 1 January 2026, 13:00", CalendarInvite.LocalTime(winter, ljubljana));
    }

    [Fact]
    public void Description_lists_every_attendee_by_name()
    {
        var description = UnescapeText(Value(CalendarInvite.Create(Request()), "DESCRIPTION"));

        Assert.EndsWith("\nAttendees: Mark Lee <mark@example.org>, Jane Doe", description, StringComparison.Ordinal);
    }

    [Fact]
    public void Attendee_lines_only_for_entries_with_an_email_address()
    {
        var request = Request() with { Attendees = ["Mark Lee <mark@example.org>", "Jane Doe", "bob@example.net", "Not an address <nobody>", "\"Lee, Mark\" <mark2@example.org>"] };

        var attendees = Lines(CalendarInvite.Create(request)).Where(l => l.StartsWith("ATTENDEE", StringComparison.Ordinal)).ToList();

        Assert.Equal(
            [
                "ATTENDEE;CN=Mark Lee:mailto:mark@example.org",
                "ATTENDEE:mailto:bob@example.net",
                "ATTENDEE;CN=\"Lee, Mark\":mailto:mark2@example.org",
            ],
            attendees);
    }

    [Fact]
    public void Organizer_line_when_an_email_is_given()
    {
        Assert.Contains("ORGANIZER;CN=Ana Novak:mailto:ana@example.com", Lines(CalendarInvite.Create(Request())));
    }

    [Fact]
    public void No_organizer_line_without_an_email()
    {
        var lines = Lines(CalendarInvite.Create(Request() with { OrganizerEmail = null }));

        Assert.DoesNotContain(lines, l => l.StartsWith("ORGANIZER", StringComparison.Ordinal));
    }

    [Fact]
    public void Organizer_email_that_is_not_an_address_is_refused()
    {
        Assert.Throws<DomainException>(() => CalendarInvite.Create(Request() with { OrganizerEmail = "ana at example" }));
    }

    [Fact]
    public void No_location_line_without_a_location()
    {
        var lines = Lines(CalendarInvite.Create(Request() with { Location = "  " }));

        Assert.DoesNotContain(lines, l => l.StartsWith("LOCATION", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_values_escape_backslash_semicolon_comma_and_line_breaks()
    {
        var request = Request() with { Summary = @"Call; re: delivery, C:\temp", Location = "Room 1,\nFloor 2" };

        var lines = Lines(CalendarInvite.Create(request));

        Assert.Contains(@"SUMMARY:Call\; re: delivery\, C:\\temp", lines);
        Assert.Contains(@"LOCATION:Room 1\,\nFloor 2", lines);
    }

    [Theory]
    [InlineData("a\\b", @"a\\b")]
    [InlineData("a;b,c", @"a\;b\,c")]
    [InlineData("a\r\nb", @"a\nb")]
    [InlineData("a\rb\nc", @"a\nb\nc")]
    [InlineData("tab\there", "tab\there")]
    [InlineData("bell\u0007", "bell")]
    public void Escape_text(string value, string expected)
    {
        Assert.Equal(expected, CalendarInvite.EscapeText(value));
    }

    [Fact]
    public void Escaped_description_round_trips()
    {
        const string original = "Agenda:\n1. What happened; why\n2. Options, costs\\values\n\nČe se ne slišimo – pokličite.";
        var request = Request() with { Description = original, Attendees = [] };

        var description = UnescapeText(Value(CalendarInvite.Create(request), "DESCRIPTION"));

        Assert.StartsWith(original + "\n\nLocal time for the organiser:", description, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_lines_are_folded_at_75_octets_without_splitting_characters()
    {
        var summary = string.Concat(Enumerable.Repeat("Čšž 😊 Пример звонка – ", 12)) + "end";
        var ics = CalendarInvite.Create(Request() with { Summary = summary, Description = new string('x', 500) });

        var physical = ics.Split("\r\n")[..^1];
        Assert.All(physical, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"{Encoding.UTF8.GetByteCount(line)} octets: {line}"));
        Assert.Contains(physical, line => Encoding.UTF8.GetByteCount(line) == 75);
        Assert.Contains(physical, line => line.StartsWith(' '));
        // No folded piece starts or ends inside a character: each piece is valid on its own.
        Assert.All(physical, line => Assert.DoesNotContain('\uFFFD', line));
        Assert.All(physical, line => Assert.False(char.IsHighSurrogate(line[^1])));
        Assert.Equal("SUMMARY:" + CalendarInvite.EscapeText(summary), Assert.Single(Lines(ics), l => l.StartsWith("SUMMARY:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Folded_ascii_line_breaks_exactly_at_75_octets()
    {
        var summary = new string('a', 200);

        var physical = CalendarInvite.Create(Request() with { Summary = summary }).Split("\r\n");
        var start = Array.FindIndex(physical, l => l.StartsWith("SUMMARY:", StringComparison.Ordinal));

        Assert.Equal(75, physical[start].Length);
        Assert.Equal(75, physical[start + 1].Length);
        Assert.Equal(' ', physical[start + 1][0]);
        Assert.Equal("SUMMARY:" + summary, physical[start] + physical[start + 1][1..] + physical[start + 2][1..]);
    }

    [Fact]
    public void Line_of_exactly_75_octets_is_not_folded()
    {
        var summary = new string('s', 75 - "SUMMARY:".Length);

        Assert.Contains("\r\nSUMMARY:" + summary + "\r\nDESCRIPTION", CalendarInvite.Create(Request() with { Summary = summary }), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_byte_character_that_would_cross_75_octets_moves_to_the_next_line()
    {
        // "SUMMARY:" (8) + 66 × "a" = 74 octets; "č" needs 2 and must start the continuation.
        var summary = new string('a', 66) + "čb";

        var ics = CalendarInvite.Create(Request() with { Summary = summary });

        Assert.Contains("SUMMARY:" + new string('a', 66) + "\r\n čb\r\n", ics, StringComparison.Ordinal);
    }

    [Fact]
    public void Utc_output_does_not_depend_on_the_current_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            var ics = CalendarInvite.Create(Request());

            Assert.Equal("20261126T130000Z", Value(ics, "DTSTART"));
            Assert.Contains("Thursday 26 November 2026, 14:00", UnescapeText(Value(ics, "DESCRIPTION")), StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
