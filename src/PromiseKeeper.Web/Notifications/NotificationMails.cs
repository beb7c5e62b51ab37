using System.Net;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain.Texts;
using PromiseKeeper.Web.Infrastructure.Localization;
using PromiseKeeper.Web.Infrastructure.Mail;

namespace PromiseKeeper.Web.Notifications;

/// <summary>
/// The email of a notification the recipient wants at once, in the recipient's language (not the actor's): the same
/// sentence as in the app (the incident named by number only), a link to the page, one to the settings and one to
/// unsubscribe from the kind without signing in. Values are HTML-encoded in the HTML part; no user HTML is kept.
/// </summary>
public sealed class NotificationMails(
    IStringLocalizer<NotificationMails> localizer, NotificationTexts texts, PublicUrls urls, UnsubscribeTokens tokens)
{
    public NewEmail Compose(Notification notification, Recipient recipient)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentNullException.ThrowIfNull(recipient);
        return InReadersLanguage.Write(recipient.Language, () => Write(notification, recipient));
    }

    private NewEmail Write(Notification n, Recipient recipient)
    {
        var incident = n.IncidentId is { } id ? texts.IncidentLabel(id, null) : string.Empty;
        var sentence = texts.Sentence(n.Kind, n.ActorName, n.OtherName, n.Reason, n.Count, incident, n.ClockSubject, n.ClockKind);
        var page = urls.Absolute(NotificationLinks.PathFor(n.Kind, n.IncidentId));
        var settings = urls.Absolute("/Account/Notifications");
        var unsubscribe = urls.Absolute("/Unsubscribe?token=" + Uri.EscapeDataString(tokens.Issue(recipient.UserId, n.Kind)));
        var kindName = texts.Name(n.Kind);
        var subject = localizer["PromiseKeeper: {0}", kindName].Value;
        var greeting = localizer["Hello {0},", recipient.Name ?? string.Empty].Value;
        var open = localizer["Open it in PromiseKeeper"].Value;
        var choose = localizer["Choose which notifications come by email"].Value;
        var stop = localizer["Stop these emails ({0})", kindName].Value;

        var text = string.Join(
            "\n",
            greeting,
            string.Empty,
            sentence,
            string.Empty,
            $"{open}: {page}",
            string.Empty,
            "--",
            $"{choose}: {settings}",
            $"{stop}: {unsubscribe}");
        var html = string.Concat(
            "<!DOCTYPE html><html lang=\"", Enc(Languages.OfCurrentUi()), "\"><head><meta charset=\"utf-8\"><title>", Enc(subject), "</title></head><body>",
            "<p>", Enc(greeting), "</p>",
            "<p>", Enc(sentence), "</p>",
            "<p><a href=\"", Enc(page), "\">", Enc(open), "</a></p>",
            "<hr><p><small><a href=\"", Enc(settings), "\">", Enc(choose), "</a> · <a href=\"", Enc(unsubscribe), "\">", Enc(stop), "</a></small></p>",
            "</body></html>");
        return new NewEmail(
            new EmailRecipient(recipient.Address!, Shortened(recipient.Name, OutgoingEmail.NameMaxLength)),
            "notification-" + n.Kind.ToString().ToLowerInvariant(),
            Shortened(subject, OutgoingEmail.SubjectMaxLength)!,
            text,
            html);
    }

    private static string Enc(string value) => WebUtility.HtmlEncode(value);

    private static string? Shortened(string? text, int maxLength) =>
        text is { Length: > 0 } && text.Length > maxLength ? text[..maxLength] : text;
}
