namespace PromiseKeeper.Web.Infrastructure.Calendars;

/// <summary>A person a calendar can address: an email and, when given, a name.</summary>
public sealed record CalendarAddress(string? Name, string Email)
{
    public Uri MailTo => new("mailto:" + Email);

    /// <summary>"Name &lt;a@b.c&gt;" or "a@b.c"; null when the entry holds no plausible address.</summary>
    public static CalendarAddress? Parse(string? entry)
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
            var name = Clean(text[..open]);
            return IsEmail(email) ? new CalendarAddress(name.Length == 0 ? null : name, email) : null;
        }

        return IsEmail(text) ? new CalendarAddress(null, text) : null;
    }

    public bool HasEmail(string? email) =>
        email is not null && string.Equals(Email, email.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>A name without quotes or control characters, which would break the CN parameter.</summary>
    public static string Clean(string? name) =>
        new string((name ?? string.Empty).Where(c => !char.IsControl(c) && c != '"').ToArray()).Trim();

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
}
