using System.Net;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain.Texts;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Infrastructure.Localization;
using PromiseKeeper.Web.Infrastructure.Mail;

namespace PromiseKeeper.Web.Infrastructure.Identity;

/// <summary>
/// Tells an account's owner that sign-in to it from one address is paused after repeated wrong passwords
/// (<see cref="SignInThrottle"/>): when, from which address (as the app records it), until when, and what to do. In the
/// owner's language and time zone, plain text and HTML. Only added to the outbox: the sign-in's audit entry commits it,
/// so the answer to whoever is signing in costs the same insert it would anyway.
/// </summary>
public sealed class LockoutEmail(PromiseKeeperDbContext db, IStringLocalizer<LockoutEmail> localizer)
{
    public const string Kind = "sign-in-paused";

    public void Enqueue(ApplicationUser owner, IPAddress? address, DateTimeOffset now, DateTimeOffset pausedUntil)
    {
        ArgumentNullException.ThrowIfNull(owner);
        if (string.IsNullOrWhiteSpace(owner.Email) || owner.Email.Trim().Length > OutgoingEmail.AddressMaxLength)
        {
            return;
        }

        EmailOutbox.Enqueue(db, InReadersLanguage.Write(owner.Language, () => Write(owner, address, now, pausedUntil)), now);
    }

    private NewEmail Write(ApplicationUser owner, IPAddress? address, DateTimeOffset now, DateTimeOffset pausedUntil)
    {
        var zone = TimeZones.Find(owner.TimeZoneId) ?? NodaTime.DateTimeZone.Utc;
        var from = address?.ToString() ?? localizer["(not known)"].Value;
        var subject = localizer["PromiseKeeper: sign-in to your account is paused"].Value;
        var paragraphs = new[]
        {
            localizer["Hello {0},", owner.DisplayName].Value,
            localizer["Several attempts in a row to sign in to your PromiseKeeper account ({0}) from the address {1} failed; the last one was at {2}.",
                owner.Email!, from, TimeElement.Text(now, zone)].Value,
            localizer["Sign-in to your account from that address is paused until {0}. It resumes by itself then; each further wrong password from there makes the pause longer. Signing in from any other address still works.",
                TimeElement.Text(pausedUntil, zone)].Value,
            localizer["If it was you: wait until then and try again, or ask an administrator to reset your password."].Value,
            localizer["If it was not you, someone may be trying to guess your password: tell an administrator, who can reset it."].Value,
        };
        var text = string.Join("\n\n", paragraphs);
        var html = string.Concat(
            "<!DOCTYPE html><html lang=\"", Enc(Languages.OfCurrentUi()), "\"><head><meta charset=\"utf-8\"><title>", Enc(subject), "</title></head><body>",
            string.Concat(paragraphs.Select(p => "<p>" + Enc(p) + "</p>")),
            "</body></html>");
        return new NewEmail(
            new EmailRecipient(owner.Email!.Trim(), Shortened(owner.DisplayName, OutgoingEmail.NameMaxLength)),
            Kind,
            Shortened(subject, OutgoingEmail.SubjectMaxLength)!,
            text,
            html);
    }

    private static string Enc(string value) => WebUtility.HtmlEncode(value);

    private static string? Shortened(string? text, int maxLength) =>
        text is { Length: > 0 } && text.Length > maxLength ? text[..maxLength] : text;
}
