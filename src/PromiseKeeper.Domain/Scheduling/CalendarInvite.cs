using System.Globalization;
using System.Text;

namespace PromiseKeeper.Domain.Scheduling;

/// <summary>
/// Writes a call invitation as an RFC 5545 calendar (.ics) that any calendar app can import. Times are written in
/// UTC, which needs no time zone definitions; the organiser's local time is stated in the description instead.
/// Text is escaped, and lines longer than 75 octets are folded without splitting a character.
/// </summary>
public static class CalendarInvite
{
    public const string ProductId = "-//PromiseKeeper//Call invitation//EN";

    private const int MaxLineOctets = 75;
    private const string UtcFormat = "yyyyMMdd'T'HHmmss'Z'";

    /// <exception cref="DomainException">When the duration is not positive, the time zone is unknown or the organiser's email is not an address.</exception>
    public static string Create(CalendarInviteRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Uid);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Summary);

        if (request.Duration <= TimeSpan.Zero)
        {
            throw new DomainException("The call needs a length of more than zero minutes.");
        }

        var zone = FindZone(request.TimeZoneId);
        var start = request.StartsAt.ToUniversalTime();
        var end = start + request.Duration;

        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:" + ProductId,
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            "UID:" + EscapeText(request.Uid.Trim()),
            "DTSTAMP:" + Utc(request.CreatedAt),
            "DTSTART:" + Utc(start),
            "DTEND:" + Utc(end),
            "SUMMARY:" + EscapeText(request.Summary.Trim()),
            "DESCRIPTION:" + EscapeText(Description(request, zone)),
        };

        if (!string.IsNullOrWhiteSpace(request.Location))
        {
            lines.Add("LOCATION:" + EscapeText(request.Location.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(request.OrganizerEmail))
        {
            var organizer = ParseAddress(request.OrganizerEmail)
                ?? throw new DomainException("The organiser's email address is not valid; correct it in your profile.");
            lines.Add($"ORGANIZER{CommonName(request.OrganizerName)}:mailto:{organizer.Email}");
        }

        foreach (var attendee in request.Attendees)
        {
            if (ParseAddress(attendee) is { } address)
            {
                lines.Add($"ATTENDEE{CommonName(address.Name)}:mailto:{address.Email}");
            }
        }

        lines.Add("END:VEVENT");
        lines.Add("END:VCALENDAR");

        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(builder, line);
        }

        return builder.ToString();
    }

    /// <summary>"Thursday 26 November 2026, 14:00": the moment as a person in <paramref name="zone"/> reads it.</summary>
    public static string LocalTime(DateTimeOffset moment, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return TimeZoneInfo.ConvertTime(moment, zone).ToString("dddd d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma, line breaks; other control characters are dropped.</summary>
    public static string EscapeText(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': builder.Append(@"\\"); break;
                case ';': builder.Append(@"\;"); break;
                case ',': builder.Append(@"\,"); break;
                case '\r':
                    builder.Append(@"\n");
                    if (i + 1 < value.Length && value[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n': builder.Append(@"\n"); break;
                case '\t': builder.Append(c); break;
                default:
                    if (!char.IsControl(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    private static TimeZoneInfo FindZone(string timeZoneId)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            throw new DomainException($"The time zone \"{timeZoneId}\" is not known. Choose one such as Europe/Ljubljana.", e);
        }
    }

    private static string Description(CalendarInviteRequest request, TimeZoneInfo zone)
    {
        var text = new StringBuilder();
        var description = request.Description?.Trim();
        if (!string.IsNullOrEmpty(description))
        {
            text.Append(description).Append("\n\n");
        }

        text.Append("Local time for the organiser: ")
            .Append(LocalTime(request.StartsAt, zone))
            .Append(" (").Append(zone.Id).Append(')');

        var attendees = request.Attendees.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).ToList();
        if (attendees.Count > 0)
        {
            text.Append("\nAttendees: ").Append(string.Join(", ", attendees));
        }

        return text.ToString();
    }

    private static string Utc(DateTimeOffset moment) =>
        moment.UtcDateTime.ToString(UtcFormat, CultureInfo.InvariantCulture);

    /// <summary>";CN=Name", quoted when the name holds a separator; empty when there is no name.</summary>
    private static string CommonName(string? name)
    {
        var clean = new string((name ?? string.Empty).Where(c => !char.IsControl(c) && c != '"').ToArray()).Trim();
        if (clean.Length == 0)
        {
            return string.Empty;
        }

        return clean.AsSpan().IndexOfAny(";:,") >= 0 ? $";CN=\"{clean}\"" : $";CN={clean}";
    }

    /// <summary>"Name &lt;a@b.c&gt;" or "a@b.c" as (name, email); null when the entry holds no plausible address.</summary>
    private static (string? Name, string Email)? ParseAddress(string? entry)
    {
        var text = entry?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var open = text.LastIndexOf('<');
        var close = text.LastIndexOf('>');
        if (open >= 0 && close > open)
        {
            var email = text[(open + 1)..close].Trim();
            var name = text[..open].Trim().Trim('"').Trim();
            return IsEmail(email) ? (name.Length == 0 ? null : name, email) : null;
        }

        return IsEmail(text) ? (null, text) : null;
    }

    private static bool IsEmail(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != value.LastIndexOf('@') || at == value.Length - 1)
        {
            return false;
        }

        var domain = value[(at + 1)..];
        return domain.Contains('.', StringComparison.Ordinal)
            && !domain.StartsWith('.')
            && !domain.EndsWith('.')
            && !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || "<>()[]\\,;:\"".Contains(c, StringComparison.Ordinal));
    }

    /// <summary>Appends the content line folded at 75 octets (a continuation starts with a space), each piece ending in CRLF.</summary>
    private static void Fold(StringBuilder builder, string line)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxLineOctets)
            {
                builder.Append("\r\n ");
                octets = 1;
            }

            builder.Append(rune.ToString());
            octets += size;
        }

        builder.Append("\r\n");
    }
}
