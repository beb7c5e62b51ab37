using FluentValidation;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Notifications;
using PromiseKeeper.Web.Pages.Incidents;
using PromiseKeeper.Web.Tests.Fixtures;
using PromiseKeeper.Web.Tests.Mail;

namespace PromiseKeeper.Web.Tests.Notifications;

/// <summary>A notification the recipient wants at once puts its email in the outbox with the change, in the recipient's language.</summary>
public sealed class NotificationEmailTests(WebAppFixture app) : NotificationTest(app)
{
    [Fact]
    public async Task A_legal_review_request_emails_each_legal_user_who_wants_it_at_once_in_their_language_and_nobody_else()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var lena = await LegalAsync();
        var lars = await App.CreateUserAsync(Roles.Legal, "Lars Berg");
        var dora = await App.CreateUserAsync(Roles.Legal, "Dora Digest");
        var olga = await App.CreateUserAsync(Roles.Legal, "Olga Off");
        await SetLanguageAsync(lars, "ru");
        await SaveChoiceAsync(dora, NotificationKind.LegalReviewRequested, NotificationEmail.Digest);
        await SaveChoiceAsync(olga, NotificationKind.LegalReviewRequested, NotificationEmail.Off);
        await SaveChoiceAsync(lars, NotificationKind.LegalReviewRequested, NotificationEmail.AtOnce);
        var id = await ContractIncidentAsync(owner, PlaybookStage.ResearchAlternatives, completeStage: true);
        await ReviewAsync(lena, id, LegalDecision.ChangesRequired);
        await ClearOutboxAsync();

        await App.SendAsync(owner, async m => await m.Send(new AskLegalAgain.Command { Id = id, Version = await VersionAsync(id) }));

        var emails = await Outbox.AllAsync(App);
        Assert.Equal(new[] { lars.Email, lena.Email }.Order(), emails.Select(e => e.RecipientAddress).Order());
        var english = Assert.Single(emails, e => e.RecipientAddress == lena.Email);
        Assert.Equal("PromiseKeeper: An incident waits for legal's review", english.Subject);
        Assert.Contains($"Alex Morgan asks legal to review incident #{id}.", english.TextBody, StringComparison.Ordinal);
        Assert.Contains($"http://localhost/Incidents/{id}", english.TextBody, StringComparison.Ordinal);
        Assert.Contains("http://localhost/Account/Notifications", english.TextBody, StringComparison.Ordinal);
        Assert.Contains("http://localhost/Unsubscribe?token=", english.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Contoso", english.TextBody, StringComparison.Ordinal);
        var russian = Assert.Single(emails, e => e.RecipientAddress == lars.Email);
        Assert.Equal("PromiseKeeper: Инцидент ждёт проверки юристов", russian.Subject);
        Assert.Contains("Здравствуйте, Lars Berg!", russian.TextBody, StringComparison.Ordinal);
        var queued = (await NotificationsAsync()).Where(n => n.Kind == NotificationKind.LegalReviewRequested).ToList();
        Assert.All(queued.Where(n => n.Email == NotificationEmail.AtOnce), n => Assert.Equal(App.Clock.GetUtcNow(), n.EmailQueuedAt));
        Assert.All(queued.Where(n => n.Email != NotificationEmail.AtOnce), n => Assert.Null(n.EmailQueuedAt));
        Assert.Equal(2, queued.Count(n => n.Email != NotificationEmail.AtOnce));
    }

    [Fact]
    public async Task A_refused_change_puts_no_email_in_the_outbox()
    {
        var (_, id) = await IncidentAtAsync(PlaybookStage.InvestigateOrigin);
        var stranger = await App.CreateUserAsync(Roles.AccountManager, "Sam Other", await App.AddTeamAsync("Other team"));
        var lead = await LeadAsync();

        await Assert.ThrowsAsync<ValidationException>(async () =>
            await App.SendAsync(lead, async m => await m.Send(new ReassignModel.Command { Id = id, Version = await VersionAsync(id), NewOwnerId = stranger.Id })));

        Assert.Empty(await Outbox.AllAsync(App));
    }

    [Fact]
    public async Task The_email_reaches_the_mail_server_with_text_html_and_the_links_and_no_user_html()
    {
        var (alex, id) = await IncidentAtAsync(PlaybookStage.InvestigateOrigin);
        var bea = await App.CreateUserAsync(Roles.AccountManager, "Bea <b>Novak</b>");
        await SetLanguageAsync(bea, "sl");
        var lead = await LeadAsync();
        await using var smtp = await TestSmtpServer.StartAsync();

        await App.SendAsync(lead, async m => await m.Send(
            new ReassignModel.Command { Id = id, Version = await VersionAsync(id), NewOwnerId = bea.Id, Reason = "<script>alert(1)</script> on leave" }));
        await using var worker = await DeliveryWorker.StartAsync(App, smtp.Port);
        await Outbox.WaitUntilNonePendingAsync(App);

        // Bea wants assignments at once (the default); Alex gets the hand-over in the digest.
        var message = Assert.Single(smtp.Received);
        Assert.Equal(bea.Email, Assert.IsType<MailboxAddress>(Assert.Single(message.To)).Address);
        Assert.IsType<MultipartAlternative>(message.Body);
        Assert.Contains("Pozdravljeni", message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"http://localhost/Incidents/{id}", message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"http://localhost/Incidents/{id}\"", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("href=\"http://localhost/Account/Notifications\"", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("href=\"http://localhost/Unsubscribe?token=", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Novak", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain(await App.WithDbAsync(db => db.Notifications().AsNoTracking().ToListAsync()), n => n.RecipientId == alex.Id && n.EmailQueuedAt != null);
    }

    private Task SetLanguageAsync(TestUser user, string language) =>
        App.WithDbAsync(async db =>
        {
            (await db.Users.FindAsync(user.Id))!.Language = language;
            await db.SaveChangesAsync();
        });

    private Task ClearOutboxAsync() =>
        App.WithDbAsync(db => db.OutgoingEmails.ExecuteDeleteAsync());
}
