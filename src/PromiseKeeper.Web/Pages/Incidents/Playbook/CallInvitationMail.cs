using System.Net;
using System.Text.RegularExpressions;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;
using PromiseKeeper.Web.Infrastructure.Calendars;
using PromiseKeeper.Web.Infrastructure.Mail;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>What a call invitation email is: the first invitation, an update of one emailed before, or the call's cancellation.</summary>
public enum CallInvitationMailKind
{
    Invitation,
    Update,
    Cancellation,
}

/// <summary>
/// The email that carries the call's calendar invitation (text/calendar beside a plain text and an HTML body), in the
/// client's language: the request email as the AM wrote it when it goes with the first invitation (its "Subject:" line
/// becomes the subject), otherwise a few lines saying what the invitation does. Replies go to the organiser.
/// </summary>
public static partial class CallInvitationMail
{
    public static NewEmail Compose(
        CallInvitation invitation, string calendar, CallInvitationMailKind kind, EmailRecipient to, string? requestEmail = null)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        ArgumentNullException.ThrowIfNull(to);
        var language = invitation.Language;
        var (subject, text) = requestEmail is not null && kind == CallInvitationMailKind.Invitation
            ? FromRequestEmail(requestEmail, invitation)
            : (Subject(invitation, kind), Lines(invitation, kind));
        var replyTo = CalendarAddress.Parse(invitation.OrganizerEmail) is { } organizer
            ? new EmailRecipient(organizer.Email, Shortened(CalendarAddress.Clean(invitation.OrganizerName), OutgoingEmail.NameMaxLength))
            : null;
        return new NewEmail(
            to,
            kind switch
            {
                CallInvitationMailKind.Invitation => "call-invitation",
                CallInvitationMailKind.Update => "call-invitation-update",
                _ => "call-cancellation",
            },
            Shortened(subject, OutgoingEmail.SubjectMaxLength)!,
            text,
            Html(subject, text, language),
            new CalendarPart(calendar, kind == CallInvitationMailKind.Cancellation ? "CANCEL" : "REQUEST"))
        {
            ReplyTo = replyTo,
        };
    }

    /// <summary>The request email without its first line when that is "Subject: …" (as the drafts write it in every language), which becomes the subject.</summary>
    private static (string Subject, string Text) FromRequestEmail(string requestEmail, CallInvitation invitation)
    {
        var text = requestEmail.ReplaceLineEndings("\n").Trim();
        var firstLine = text.Split('\n', 2);
        if (SubjectLine().Match(firstLine[0]) is { Success: true } match)
        {
            return (match.Groups["subject"].Value.Trim(), firstLine.Length > 1 ? firstLine[1].Trim() : string.Empty);
        }

        return (Subject(invitation, CallInvitationMailKind.Invitation), text);
    }

    private static string Subject(CallInvitation invitation, CallInvitationMailKind kind) =>
        InvitationWords.Get(
            kind switch
            {
                CallInvitationMailKind.Invitation => "email.subject.invitation",
                CallInvitationMailKind.Update => "email.subject.update",
                _ => "email.subject.cancel",
            },
            invitation.Language,
            ("Title", invitation.Summary));

    private static string Lines(CallInvitation invitation, CallInvitationMailKind kind)
    {
        var language = invitation.Language;
        var time = TimeZoneInfo.TryFindSystemTimeZoneById(invitation.TimeZoneId, out var zone)
            ? InvitationWords.LocalTime(invitation.StartsAt, zone, language)
            : invitation.StartsAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture);
        var sentence = InvitationWords.Get(
            kind switch
            {
                CallInvitationMailKind.Invitation => "email.invitation",
                CallInvitationMailKind.Update => "email.update",
                _ => "email.cancel",
            },
            language,
            ("Time", time),
            ("Zone", invitation.TimeZoneId));
        var lines = new List<string> { InvitationWords.Get("email.greeting", language), string.Empty, sentence };
        if (kind != CallInvitationMailKind.Cancellation)
        {
            lines.Add(InvitationWords.Get("length", language, ("Length", DraftValues.LengthText(invitation.Duration, language))));
            if (MeetingLinks.IsWebAddress(invitation.MeetingLink))
            {
                lines.Add(InvitationWords.Get("join", language, ("Link", invitation.MeetingLink)));
            }
        }

        lines.AddRange([string.Empty, InvitationWords.Get("email.regards", language), invitation.OrganizerName]);
        return string.Join("\n", lines);
    }

    /// <summary>The same text as HTML: a paragraph per block, a line break per line, everything encoded (no user HTML is kept).</summary>
    private static string Html(string subject, string text, string language)
    {
        var paragraphs = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(block => "<p>" + string.Join("<br>", block.Split('\n').Select(WebUtility.HtmlEncode)) + "</p>");
        return string.Concat(
            "<!DOCTYPE html><html lang=\"", WebUtility.HtmlEncode(Languages.OrEnglish(language)), "\"><head><meta charset=\"utf-8\"><title>",
            WebUtility.HtmlEncode(subject), "</title></head><body>", string.Concat(paragraphs), "</body></html>");
    }

    private static string? Shortened(string? text, int maxLength) =>
        text is { Length: > 0 } && text.Length > maxLength ? text[..maxLength] : text is { Length: > 0 } ? text : null;

    [GeneratedRegex(@"^\s*(Subject|Тема|Zadeva)\s*:\s*(?<subject>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectLine();
}
