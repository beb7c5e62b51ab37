using System.Net;
using Microsoft.EntityFrameworkCore;
using FluentValidation;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Pages.Incidents.Playbook;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Incidents.Playbook;

/// <summary>The call's zone comes from the IANA list, and the call's time is shown in the reader's zone with that zone's label.</summary>
public sealed class CallTimeZoneTests(WebAppFixture app) : WebAppTest(app)
{
    [Theory]
    [InlineData("Central European Standard Time")]
    [InlineData("Ljubljana office")]
    public async Task A_zone_that_is_not_an_IANA_id_is_refused(string zone)
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall);

        var refusal = await Assert.ThrowsAsync<ValidationException>(async () =>
            await App.SendAsync(owner, m => m.Send(Call(incident.Id, incident.Version, zone))));

        var error = Assert.Single(refusal.Errors);
        Assert.Equal(("TimeZoneId", $"\"{zone}\" is not a time zone from the IANA list. Pick one from the list, such as Europe/Ljubljana."), (error.PropertyName, error.ErrorMessage));
    }

    [Fact]
    public async Task The_incident_page_shows_the_call_in_the_readers_zone_and_in_the_calls_zone_each_with_its_own_label()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall);
        await App.SendAsync(owner, m => m.Send(Call(incident.Id, incident.Version, "Europe/Ljubljana")));
        await App.WithDbAsync(db => db.Users.Where(u => u.Id == owner.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.TimeZoneId, "America/New_York")));
        using var http = await App.CreateSignedInClientAsync(owner);

        var page = await http.GetStringAsync(new Uri($"/Incidents/{incident.Id}", UriKind.Relative));

        // 14:00 in Ljubljana on 24 November is 13:00 UTC and 08:00 in New York.
        Assert.Contains("<time datetime=\"2026-11-24T13:00:00Z\" title=\"UTC-05:00\">24 Nov 2026, 08:00 America/New_York</time>", page, StringComparison.Ordinal);
        Assert.Contains("(for the client: Tuesday 24 November 2026 at 14:00 (Europe/Ljubljana))", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zone_saved_before_the_list_was_enforced_is_shown_and_must_be_picked_again()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall);
        await App.SendAsync(owner, m => m.Send(Call(incident.Id, incident.Version, "Europe/Ljubljana")));
        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE \"IncidentCalls\" SET \"TimeZoneId\" = 'CET office time' WHERE \"IncidentId\" = {incident.Id}"));
        using var http = await App.CreateSignedInClientAsync(owner);

        var call = await http.GetStringAsync(new Uri($"/Incidents/{incident.Id}/Call", UriKind.Relative));
        var details = await http.GetStringAsync(new Uri($"/Incidents/{incident.Id}", UriKind.Relative));

        Assert.Equal("CET office time", HttpForms.InputValue(call, "Data.TimeZoneId"));
        Assert.Equal(string.Empty, HttpForms.InputValue(call, "Data.StartsAt") ?? string.Empty);
        Assert.Contains("which is not in the IANA list: pick the call's zone and its time again below.", call, StringComparison.Ordinal);
        Assert.Contains("is not in the IANA list: pick it again on the call page", details, StringComparison.Ordinal);
    }

    private static CallModel.Command Call(long id, uint version, string zone) => new()
    {
        Id = id,
        Version = version,
        TimeZone = "UTC",
        StartsAt = new DateTime(2026, 11, 24, 14, 0, 0),
        TimeZoneId = zone,
        Channel = CallChannel.Video,
        Attendees = "Dana Client <dana@client.example>; Alex Morgan",
        RequestEmail = "Subject: A short call?\n\nHello Dana, could we talk tomorrow?",
        VoicemailScript = "Hello Dana, this is Alex. Please call me back.",
        CallPlan = "Opening. Listen. Apologise. Offer.",
        ClientSentence = "What we promised you will not be ready on the agreed date.",
    };
}
