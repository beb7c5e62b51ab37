using System.Net;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Notifications;
using PromiseKeeper.Web.Pages.Incidents.Playbook;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Incidents.Playbook;

/// <summary>The owner pickers of the measure and check-in forms: active users of any team, checked on the server, and the new owner told.</summary>
public sealed class OwnerPickerTests(WebAppFixture app) : LateStagePageTest(app)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(FixedClock.Start.UtcDateTime);

    private Task<List<Notification>> NotificationsAsync() =>
        App.WithDbAsync(db => db.Set<Notification>().AsNoTracking().OrderBy(n => n.Id).ToListAsync());

    private Task DeactivateAsync(TestUser user) =>
        App.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsActive, false)));

    [Fact]
    public async Task The_retro_page_offers_active_users_of_every_team_by_team_and_a_free_text_owner_is_not_a_user_yet()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.InternalRetro);
        var dana = await App.CreateUserAsync(Roles.AccountManager, "Dana Delivery", await App.AddTeamAsync("Delivery"));
        var gone = await App.CreateUserAsync(Roles.AccountManager, "Gone Person");
        await DeactivateAsync(gone);
        await App.WithDbAsync(async db =>
        {
            var incident = await db.Incidents.Include(i => i.PreventionMeasures).SingleAsync(i => i.Id == id);
            incident.AddPreventionMeasure("Confirm every date with delivery", "Delivery lead", Today.AddDays(7), Actor.Create(owner.Id, owner.DisplayName), App.Clock.Now);
            await db.SaveChangesAsync();
        });
        using var http = await App.CreateSignedInClientAsync(owner);

        var html = await GetHtmlAsync(http, $"/Incidents/{id}/Retro");

        Assert.Contains("<optgroup label=\"Delivery\">", html, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{dana.Id}\">Dana Delivery</option>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Gone Person", html, StringComparison.Ordinal);
        Assert.Contains("Delivery lead (not a user yet)", html, StringComparison.Ordinal);
        Assert.Contains("Pick the user who owns it", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_measure_added_for_someone_of_another_team_is_theirs_and_they_alone_are_told()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.InternalRetro);
        var dana = await App.CreateUserAsync(Roles.AccountManager, "Dana Delivery", await App.AddTeamAsync("Delivery"));
        await App.CreateUserAsync(Roles.TeamLead, "Tara Whitfield");

        await App.SendAsync(owner, async m => await m.Send(new AddPreventionMeasure.Command
        {
            Id = id, Version = await VersionAsync(id), Description = "Confirm every date with delivery", OwnerId = dana.Id, DueOn = Today.AddDays(7),
        }));

        var measure = Assert.Single((await ReadAsync(id)).PreventionMeasures);
        Assert.Equal((dana.Id, "Dana Delivery"), (measure.OwnerId, measure.Owner));
        var told = Assert.Single(await NotificationsAsync());
        Assert.Equal((dana.Id, NotificationKind.MeasureAssigned, (long?)id, "Alex Morgan", "Confirm every date with delivery", NotificationEmail.AtOnce),
            (told.RecipientId, told.Kind, told.IncidentId, told.ActorName, told.Reason, told.Email));
    }

    [Fact]
    public async Task A_measure_the_actor_keeps_tells_nobody()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.InternalRetro);

        await App.SendAsync(owner, async m => await m.Send(new AddPreventionMeasure.Command
        {
            Id = id, Version = await VersionAsync(id), Description = "Confirm every date", OwnerId = owner.Id, DueOn = Today.AddDays(7),
        }));

        Assert.Equal(owner.Id, Assert.Single((await ReadAsync(id)).PreventionMeasures).OwnerId);
        Assert.Empty(await NotificationsAsync());
    }

    [Fact]
    public async Task A_deactivated_owner_gets_a_message_next_to_the_field_and_the_typed_input_is_kept()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.InternalRetro);
        var dana = await App.CreateUserAsync(Roles.AccountManager, "Dana Delivery");
        using var http = await App.CreateSignedInClientAsync(owner);
        var html = await GetHtmlAsync(http, $"/Incidents/{id}/Retro");
        await DeactivateAsync(dana);

        using var response = await http.PostFormAsync($"/Incidents/{id}/Retro?handler=AddMeasure",
        [
            new("Measure.Version", HttpForms.InputValue(html, "Measure.Version")!),
            new("Measure.Description", "Confirm every date with delivery"),
            new("Measure.OwnerId", dana.Id),
            new("Measure.DueOn", "2026-12-10"),
            new(HttpForms.TokenField, HttpForms.AntiforgeryToken(html)),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal("Dana Delivery is no longer an active user: choose someone else.", HttpForms.ValidationMessage(page, "Measure.OwnerId"));
        Assert.Equal("Confirm every date with delivery", HttpForms.InputValue(page, "Measure.Description"));
        Assert.Empty((await ReadAsync(id)).PreventionMeasures);
        Assert.Empty(await NotificationsAsync());
    }

    [Fact]
    public async Task A_free_text_owner_is_replaced_by_a_picked_user_over_http_who_is_told()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.Closed);
        var dana = await App.CreateUserAsync(Roles.AccountManager, "Dana Delivery", await App.AddTeamAsync("Delivery"));
        var measure = Assert.Single((await ReadAsync(id)).PreventionMeasures);
        Assert.Null(measure.OwnerId);
        using var http = await App.CreateSignedInClientAsync(owner);
        var html = await GetHtmlAsync(http, $"/Incidents/{id}/Retro");

        using var unknown = await http.PostFormAsync($"/Incidents/{id}/Retro?handler=MeasureOwner",
            [new("measureId", measure.Id.ToString()), new("ownerId", "no-such-user"), new("Data.Version", (await VersionAsync(id)).ToString(System.Globalization.CultureInfo.InvariantCulture)), new(HttpForms.TokenField, HttpForms.AntiforgeryToken(html))]);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal("Choose someone from the list.", HttpForms.ValidationMessage(await unknown.Content.ReadAsStringAsync(), "OwnerId"));

        using var picked = await http.PostFormAsync($"/Incidents/{id}/Retro?handler=MeasureOwner",
            [new("measureId", measure.Id.ToString()), new("ownerId", dana.Id), new("Data.Version", (await VersionAsync(id)).ToString(System.Globalization.CultureInfo.InvariantCulture)), new(HttpForms.TokenField, HttpForms.AntiforgeryToken(html))]);

        Assert.StartsWith($"/Incidents/{id}/Retro", Location(picked), StringComparison.Ordinal);
        Assert.Equal((dana.Id, "Dana Delivery"), (Assert.Single((await ReadAsync(id)).PreventionMeasures).OwnerId, Assert.Single((await ReadAsync(id)).PreventionMeasures).Owner));
        Assert.Equal("Gave the prevention measure \"Delivery confirms every date before it goes into a client email\" to Dana Delivery.", await LastEventAsync(id));
        Assert.Equal(dana.Id, Assert.Single(await NotificationsAsync()).RecipientId);
    }

    [Fact]
    public async Task A_check_in_is_planned_for_the_incident_owner_by_default_or_for_someone_else_who_is_told()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.FollowUpRecap);
        var dana = await App.CreateUserAsync(Roles.AccountManager, "Dana Delivery", await App.AddTeamAsync("Delivery"));
        using var http = await App.CreateSignedInClientAsync(owner);
        var html = await GetHtmlAsync(http, $"/Incidents/{id}/CheckIns");
        Assert.Equal(owner.Id, HttpForms.SelectedOption(html, "Data.OwnerId"));

        await App.SendAsync(owner, async m => await m.Send(new CheckInsModel.Command { Id = id, Version = await VersionAsync(id), PlannedOn = Today.AddDays(2), Topic = "Mine", OwnerId = owner.Id }));
        await App.SendAsync(owner, async m => await m.Send(new CheckInsModel.Command { Id = id, Version = await VersionAsync(id), PlannedOn = Today.AddDays(3), Topic = "Dana's", OwnerId = dana.Id }));

        var checkIns = (await ReadAsync(id)).CheckIns.OrderBy(c => c.PlannedOn).ToList();
        Assert.Equal([null, dana.Id], checkIns.Select(c => c.OwnerId));
        var told = Assert.Single(await NotificationsAsync());
        Assert.Equal((dana.Id, NotificationKind.MeasureAssigned, "Dana's"), (told.RecipientId, told.Kind, told.Reason));
        var page = await GetHtmlAsync(http, $"/Incidents/{id}/CheckIns");
        Assert.Contains("Updates the client: Dana Delivery", page, StringComparison.Ordinal);
        Assert.Contains("Updates the client: Alex Morgan", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_check_in_given_to_an_unknown_user_gets_a_message_on_its_own_form_and_stays_with_its_owner()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.FollowUpRecap);
        await App.SendAsync(owner, async m => await m.Send(new CheckInsModel.Command { Id = id, Version = await VersionAsync(id), PlannedOn = Today.AddDays(2), Topic = "Progress" }));
        var planned = Assert.Single((await ReadAsync(id)).CheckIns);
        using var http = await App.CreateSignedInClientAsync(owner);
        var html = await GetHtmlAsync(http, $"/Incidents/{id}/CheckIns");

        using var response = await http.PostFormAsync($"/Incidents/{id}/CheckIns?handler=Owner",
            [new("checkInId", planned.Id.ToString()), new("ownerId", "no-such-user"), new("Data.Version", (await VersionAsync(id)).ToString(System.Globalization.CultureInfo.InvariantCulture)), new(HttpForms.TokenField, HttpForms.AntiforgeryToken(html))]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Choose someone from the list.", HttpForms.ValidationMessage(await response.Content.ReadAsStringAsync(), "OwnerId"));
        Assert.Null(Assert.Single((await ReadAsync(id)).CheckIns).OwnerId);
    }

    [Fact]
    public async Task A_lead_gives_a_check_in_to_someone_who_is_told_and_back_to_the_owner_who_is_told()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.FollowUpRecap);
        var lead = await App.CreateUserAsync(Roles.TeamLead, "Tara Whitfield");
        var dana = await App.CreateUserAsync(Roles.AccountManager, "Dana Delivery", await App.AddTeamAsync("Delivery"));
        await App.SendAsync(owner, async m => await m.Send(new CheckInsModel.Command { Id = id, Version = await VersionAsync(id), PlannedOn = Today.AddDays(2), Topic = "Progress" }));
        var checkIn = Assert.Single((await ReadAsync(id)).CheckIns);

        await App.SendAsync(lead, async m => await m.Send(new GiveCheckIn.Command(id, checkIn.Id, dana.Id, await VersionAsync(id))));
        await App.SendAsync(lead, async m => await m.Send(new GiveCheckIn.Command(id, checkIn.Id, owner.Id, await VersionAsync(id))));

        Assert.Null(Assert.Single((await ReadAsync(id)).CheckIns).OwnerId);
        Assert.Equal([dana.Id, owner.Id], (await NotificationsAsync()).Select(n => n.RecipientId));
    }
}
