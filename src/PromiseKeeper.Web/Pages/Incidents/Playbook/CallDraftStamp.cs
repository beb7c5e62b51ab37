using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>
/// What the call form's request email was drafted (or saved) for: the call's details as shown and a digest of the email as shown.
/// Posted back with the form, it tells a save whether the call was changed under an email nobody touched, which would then
/// describe another call than the invitation (<c>.ics</c>) does.
/// </summary>
public static class CallDraftStamp
{
    /// <summary>The details a request email speaks of: time, zone, length, link and channel, as typed.</summary>
    public static string CallOf(CallModel.Command form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return string.Join('|',
            form.StartsAt?.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
            form.EffectiveTimeZoneId,
            form.LengthMinutes?.ToString(CultureInfo.InvariantCulture),
            form.MeetingLink?.Trim(),
            form.Channel?.ToString());
    }

    /// <summary>A short digest of the text with its line endings unified (a browser posts CRLF).</summary>
    public static string DigestOf(string? text) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes((text ?? string.Empty).ReplaceLineEndings("\n").Trim())))[..16];

    /// <summary>The form stamped with what its texts describe now.</summary>
    public static CallModel.Command Stamp(CallModel.Command form) =>
        form with { DraftedForCall = CallOf(form), DraftedEmailDigest = DigestOf(form.RequestEmail) };

    /// <summary>True when the call's details were changed since the form was stamped but the request email was left as it was.</summary>
    public static bool CallChangedUnderUntouchedEmail(CallModel.Command form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return form.DraftedForCall is not null && form.DraftedEmailDigest is not null
            && form.DraftedEmailDigest == DigestOf(form.RequestEmail)
            && form.DraftedForCall != CallOf(form);
    }
}
