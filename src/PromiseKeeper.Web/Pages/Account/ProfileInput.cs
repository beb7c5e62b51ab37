using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;
using PromiseKeeper.Web.Infrastructure.Localization;

namespace PromiseKeeper.Web.Pages.Account;

/// <summary>The field rules of a user's phone number, time zone and language, shared by the profile and the admin's "add a user" form.</summary>
public static class ProfileInput
{
    /// <summary>Long enough for an international number with spaces and an extension.</summary>
    public const int PhoneNumberMaxLength = 30;

    private const int PhoneNumberMinDigits = 6;

    private static readonly IStringLocalizer L = ResourceTexts.For(typeof(ProfileInput));

    /// <returns>The trimmed number, or null for none.</returns>
    public static string? PhoneNumber(this RuleCheck check, string field, string? phoneNumber)
    {
        ArgumentNullException.ThrowIfNull(check);
        var number = phoneNumber?.Trim();
        if (string.IsNullOrEmpty(number))
        {
            return null;
        }

        if (number.Length > PhoneNumberMaxLength)
        {
            check.Add(field, L["Keep the phone number to {0} characters.", PhoneNumberMaxLength]);
        }
        else if (!LooksLikePhoneNumber(number))
        {
            check.Add(field, L["Enter the phone number with digits, spaces and an optional leading +, such as +386 1 234 5678."]);
        }

        return number;
    }

    /// <returns>The IANA id; <paramref name="whenEmpty"/> when nothing is chosen and that is allowed.</returns>
    public static string TimeZone(this RuleCheck check, string field, string? timeZoneId, string? whenEmpty = null)
    {
        ArgumentNullException.ThrowIfNull(check);
        var id = timeZoneId?.Trim();
        if (string.IsNullOrEmpty(id))
        {
            if (whenEmpty is null)
            {
                check.Add(field, L["Choose your time zone from the list, such as Europe/Ljubljana."]);
            }

            return whenEmpty ?? TimeZoneIds.Utc;
        }

        if (TimeZoneIds.Find(id) is not { } zone)
        {
            check.Add(field, L["\"{0}\" is not a time zone from the IANA list. Pick one from the list, such as Europe/Ljubljana.", id.Length > TimeZoneIds.MaxLength ? id[..TimeZoneIds.MaxLength] + "…" : id]);
            return id;
        }

        return zone.Id;
    }

    /// <returns>The language code; null when none is chosen (the browser's language decides).</returns>
    public static string? Language(this RuleCheck check, string field, string? language)
    {
        ArgumentNullException.ThrowIfNull(check);
        var code = language?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        if (!Languages.IsSupported(code))
        {
            check.Add(field, L["Choose a language from the list."]);
            return null;
        }

        return code;
    }

    // Digits with the usual separators, "+" only in front; not a full numbering-plan check.
    private static bool LooksLikePhoneNumber(string number) =>
        number.Count(char.IsAsciiDigit) >= PhoneNumberMinDigits
        && number.Select((c, i) => char.IsAsciiDigit(c) || c is ' ' or '-' or '.' or '/' or '(' or ')' || c == '+' && i == 0).All(ok => ok);
}
