using FluentValidation;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Notifications;
using PromiseKeeper.Web.Pages.Admin.Users;
using PromiseKeeper.Web.Pages.Incidents;
using PromiseKeeper.Web.Pages.Incidents.Playbook;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Notifications;

/// <summary>Each event writes one notification for each person it concerns, with their email choice, and none for anyone else.</summary>
public sealed class NotificationEventsTests(WebAppFixture app) : NotificationTest(app)
{
    private const string Reason = "Alex is on leave for three weeks.";

    [Fact]
    public async Task A_reassignment_tells_the_new_owner_with_the_reason_and_the_previous_owner_who_took_over()
    {
        var (alex, id) = await IncidentAtAsync(PlaybookStage.InvestigateOrigin);
        var bea = await App.CreateUserAsync(Roles.AccountManager, "Bea Novak");
        var lead = await LeadAsync();
        await LeadAsync("Other Lead", await App.AddTeamAsync("Other team"));
        App.Clock.Now = FixedClock.Start.AddMinutes(3);

        await App.SendAsync(lead, async m => await m.Send(new ReassignModel.Command { Id = id, Version = await VersionAsync(id), NewOwnerId = bea.Id, Reason = Reason }));

        var sent = await NotificationsAsync();
        Assert.Equal(2, sent.Count);
        var assigned = Assert.Single(sent, n => n.RecipientId == bea.Id);
        Assert.Equal((NotificationKind.IncidentAssigned, (long?)id, "Tara Whitfield", Reason, NotificationEmail.AtOnce, App.Clock.Now, (DateTimeOffset?)null),
            (assigned.Kind, assigned.IncidentId, assigned.ActorName, assigned.Reason, assigned.Email, assigned.CreatedAt, assigned.ReadAt));
        var takenOver = Assert.Single(sent, n => n.RecipientId == alex.Id);
        Assert.Equal((NotificationKind.IncidentTakenOver, "Bea Novak", NotificationEmail.Digest), (takenOver.Kind, takenOver.OtherName, takenOver.Email));
    }

    [Fact]
    public async Task A_refused_reassignment_writes_no_notification()
    {
        var (_, id) = await IncidentAtAsync(PlaybookStage.InvestigateOrigin);
        var stranger = await App.CreateUserAsync(Roles.AccountManager, "Sam Other", await App.AddTeamAsync("Other team"));
        var lead = await LeadAsync();

        await Assert.ThrowsAsync<ValidationException>(async () =>
            await App.SendAsync(lead, async m => await m.Send(new ReassignModel.Command { Id = id, Version = await VersionAsync(id), NewOwnerId = stranger.Id })));

        Assert.Empty(await NotificationsAsync());
    }

    [Fact]
    public async Task Legal_asking_for_changes_tells_the_owner_and_asking_again_tells_every_active_legal_user()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var lena = await LegalAsync();
        var lars = await App.CreateUserAsync(Roles.Legal, "Lars Berg");
        var gone = await App.CreateUserAsync(Roles.Legal, "Gone Legal");
        await App.WithDbAsync(async db =>
        {
            (await db.Users.FindAsync(gone.Id))!.IsActive = false;
            await db.SaveChangesAsync();
        });
        var lead = await LeadAsync();
        var id = await ContractIncidentAsync(owner, PlaybookStage.ResearchAlternatives, completeStage: true);

        await ReviewAsync(lena, id, LegalDecision.ChangesRequired);

        var changes = Assert.Single(await NotificationsAsync());
        Assert.Equal((owner.Id, NotificationKind.LegalChangesAsked, "Lena Kovac", NotificationEmail.AtOnce), (changes.RecipientId, changes.Kind, changes.ActorName, changes.Email));

        await App.SendAsync(owner, async m => await m.Send(new AskLegalAgain.Command { Id = id, Version = await VersionAsync(id) }));

        var asked = (await NotificationsAsync()).Where(n => n.Kind == NotificationKind.LegalReviewRequested).ToList();
        Assert.Equal(new[] { lars.Id, lena.Id }.Order(), asked.Select(n => n.RecipientId).Order());
        Assert.All(asked, n => Assert.Equal(("Alex Morgan", (long?)id, NotificationEmail.AtOnce), (n.ActorName, n.IncidentId, n.Email)));
        Assert.DoesNotContain(await NotificationsAsync(), n => n.RecipientId == lead.Id || n.RecipientId == gone.Id);
    }

    [Fact]
    public async Task Legal_approving_tells_the_owner_with_their_choice_and_a_refused_decision_tells_nobody()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var legal = await LegalAsync();
        var id = await ContractIncidentAsync(owner, PlaybookStage.ResearchAlternatives, completeStage: true);
        await SaveChoiceAsync(owner, NotificationKind.LegalApproved, NotificationEmail.AtOnce);

        await Assert.ThrowsAsync<DomainException>(() => ReviewAsync(legal, id, LegalDecision.ChangesRequired, notes: null));
        Assert.Empty(await NotificationsAsync());

        await ReviewAsync(legal, id, LegalDecision.Approved);

        var approved = Assert.Single(await NotificationsAsync());
        Assert.Equal((owner.Id, NotificationKind.LegalApproved, NotificationEmail.AtOnce), (approved.RecipientId, approved.Kind, approved.Email));
    }

    [Fact]
    public async Task A_retro_sent_back_tells_the_owner_and_submitting_it_again_tells_the_team_s_leads_only()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var tara = await LeadAsync();
        var tom = await LeadAsync("Tom Lead");
        var otherLead = await LeadAsync("Other Lead", await App.AddTeamAsync("Other team"));
        await App.CreateUserAsync(Roles.AccountManager, "Bea Novak");
        var id = await SubmittedRetroAsync(owner);
        await SaveChoiceAsync(owner, NotificationKind.RetroSentBack, NotificationEmail.Off);

        await App.SendAsync(tara, async m => await m.Send(new SendRetroBack.Command(id, await VersionAsync(id), "Name the real root cause.")));

        var back = Assert.Single(await NotificationsAsync());
        Assert.Equal((owner.Id, NotificationKind.RetroSentBack, "Tara Whitfield", NotificationEmail.Off), (back.RecipientId, back.Kind, back.ActorName, back.Email));

        await App.SendAsync(owner, async m => await m.Send(new SubmitRetro.Command(id, await VersionAsync(id))));

        var submitted = (await NotificationsAsync()).Where(n => n.Kind == NotificationKind.RetroSubmitted).ToList();
        Assert.Equal(new[] { tara.Id, tom.Id }.Order(), submitted.Select(n => n.RecipientId).Order());
        Assert.All(submitted, n => Assert.Equal(("Alex Morgan", NotificationEmail.AtOnce), (n.ActorName, n.Email)));
        Assert.DoesNotContain(await NotificationsAsync(), n => n.RecipientId == otherLead.Id);
    }

    [Fact]
    public async Task An_approved_retro_tells_the_owner()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var lead = await LeadAsync();
        var id = await SubmittedRetroAsync(owner);

        await App.SendAsync(lead, async m => await m.Send(new ApproveRetro.Command(id, await VersionAsync(id), null)));

        var approved = Assert.Single(await NotificationsAsync());
        Assert.Equal((owner.Id, NotificationKind.RetroApproved, NotificationEmail.Digest), (approved.RecipientId, approved.Kind, approved.Email));
    }

    [Fact]
    public async Task Deactivating_someone_with_open_incidents_tells_their_team_s_leads_how_many()
    {
        var (alex, _) = await IncidentAtAsync(PlaybookStage.InvestigateOrigin);
        await AddIncidentAsync(alex, PlaybookStage.ResearchAlternatives);
        await AddIncidentAsync(alex, PlaybookStage.InternalRetro);
        var lead = await LeadAsync();
        var otherLead = await LeadAsync("Other Lead", await App.AddTeamAsync("Other team"));
        var admin = await App.CreateUserAsync(Roles.Admin, "Ada Admin");

        await App.SendAsync(admin, m => m.Send(new SetActive.Command(alex.Id, Active: false)));

        var told = Assert.Single(await NotificationsAsync());
        Assert.Equal((lead.Id, NotificationKind.OwnerDeactivated, "Alex Morgan", (int?)3, "Ada Admin", (long?)null),
            (told.RecipientId, told.Kind, told.OtherName, told.Count, told.ActorName, told.IncidentId));
        Assert.NotEqual(otherLead.Id, told.RecipientId);
    }

    [Fact]
    public async Task Deactivating_someone_without_open_incidents_tells_nobody()
    {
        var alex = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        await LeadAsync();
        var admin = await App.CreateUserAsync(Roles.Admin, "Ada Admin");

        await App.SendAsync(admin, m => m.Send(new SetActive.Command(alex.Id, Active: false)));

        Assert.Empty(await NotificationsAsync());
    }
}
