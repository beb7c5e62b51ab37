using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

/// <summary>The rule for a call's meeting link: an absolute http or https address of reasonable length, nothing else.</summary>
public static class MeetingLinks
{
    /// <returns>The trimmed link, or null when none was typed or it breaks the rule (then a violation is recorded).</returns>
    internal static string? Parse(RuleCheck check, string field, string? link)
    {
        if (!check.OptionalText(field, link, CallDetails.MeetingLinkMaxLength))
        {
            return null;
        }

        var trimmed = link.Trim();
        if (trimmed.Length > CallDetails.MeetingLinkMaxLength)
        {
            return null;
        }

        if (!IsWebAddress(trimmed))
        {
            check.Add(field, Messages.Of("call.meeting-link-invalid"));
            return null;
        }

        return trimmed;
    }

    /// <summary>True for an absolute http or https address with a host and no spaces or control characters.</summary>
    public static bool IsWebAddress(string? link) =>
        link is not null
        && !link.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
        && Uri.TryCreate(link, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(uri.Host);
}
