using System.Net;
using System.Text;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain.Texts;
using PromiseKeeper.Web.Infrastructure.Localization;
using PromiseKeeper.Web.Infrastructure.Mail;

namespace PromiseKeeper.Web.Notifications;

/// <summary>
/// The daily digest of one person, in their language: every notification as in the app (the incident named by number
/// only), oldest first, each with a link to its page, and a link to the settings where the choice is changed.
/// </summary>
public sealed class DigestMails(IStringLocalizer<DigestMails> localizer, NotificationTexts texts, PublicUrls urls)
{
    public const string Kind = "notification-digest";

    public NewEmail Compose(IReadOnlyList<Notification> notifications, Recipient recipient)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        ArgumentNullException.ThrowIfNull(recipient);
        return InReadersLanguage.Write(recipient.Language, () => Write(notifications, recipient));
    }

    private NewEmail Write(IReadOnlyList<Notification> notifications, Recipient recipient)
    {
        var subject = localizer.Plural(
            notifications.Count, "PromiseKeeper: your daily digest, {0} notification", "PromiseKeeper: your daily digest, {0} notifications");
        var greeting = localizer["Hello {0},", recipient.Name ?? string.Empty].Value;
        var intro = localizer["Here is what happened since your last digest:"].Value;
        var open = localizer["Open it in PromiseKeeper"].Value;
        var choose = localizer["Choose which notifications come by email, and which in this digest"].Value;
        var settings = urls.Absolute("/Account/Notifications");

        var text = new StringBuilder().Append(greeting).Append("\n\n").Append(intro).Append("\n\n");
        var html = new StringBuilder().Append("<!DOCTYPE html><html lang=\"").Append(Enc(Languages.OfCurrentUi()))
            .Append("\"><head><meta charset=\"utf-8\"><title>").Append(Enc(subject)).Append("</title></head><body>")
            .Append("<p>").Append(Enc(greeting)).Append("</p><p>").Append(Enc(intro)).Append("</p><ul>");
        foreach (var n in notifications)
        {
            var incident = n.IncidentId is { } id ? texts.IncidentLabel(id, null) : string.Empty;
            var sentence = texts.Sentence(n.Kind, n.ActorName, n.OtherName, n.Reason, n.Count, incident, n.ClockSubject, n.ClockKind);
            var page = urls.Absolute(NotificationLinks.PathFor(n.Kind, n.IncidentId));
            text.Append("- ").Append(sentence).Append("\n  ").Append(open).Append(": ").Append(page).Append("\n\n");
            html.Append("<li><p>").Append(Enc(sentence)).Append("<br><a href=\"").Append(Enc(page)).Append("\">").Append(Enc(open)).Append("</a></p></li>");
        }

        text.Append("--\n").Append(choose).Append(": ").Append(settings);
        html.Append("</ul><hr><p><small><a href=\"").Append(Enc(settings)).Append("\">").Append(Enc(choose)).Append("</a></small></p></body></html>");
        return new NewEmail(
            new EmailRecipient(recipient.Address!, Shortened(recipient.Name, OutgoingEmail.NameMaxLength)),
            Kind,
            Shortened(subject, OutgoingEmail.SubjectMaxLength)!,
            text.ToString(),
            html.ToString());
    }

    private static string Enc(string value) => WebUtility.HtmlEncode(value);

    private static string? Shortened(string? text, int maxLength) =>
        text is { Length: > 0 } && text.Length > maxLength ? text[..maxLength] : text;
}
