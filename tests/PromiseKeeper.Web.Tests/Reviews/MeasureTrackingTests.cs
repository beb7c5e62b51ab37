using System.Globalization;
using System.Net;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Pages.Incidents;
using PromiseKeeper.Web.Pages.Incidents.Playbook;
using PromiseKeeper.Web.Tests.Fixtures;
using ReviewsPage = PromiseKeeper.Web.Pages.Reviews.IndexModel;

namespace PromiseKeeper.Web.Tests.Reviews;

/// <summary>Prevention measures are tracked to done with a note of what was done; overdue ones are listed for the team lead, also after closing.</summary>
public sealed class MeasureTrackingTests(WebAppFixture app) : ReviewTest(app)
{
    private const string DoneNoteMessage = "Say briefly what was done, so the team lead can see the measure really happened.";

    [Fact]
    public async Task Done_without_a_note_is_refused_next_to_that_measure_and_the_typed_input_is_kept()
    {
        var (owner, id) = await SubmittedRetroAsync();
        var measure = Assert.Single((await ReadAsync(id)).PreventionMeasures);

        var messages = await FieldMessagesAsync(async () => await SetStatusAsync(owner, id, measure.Id, MeasureStatus.Done, "  "));
        Assert.Equal(DoneNoteMessage, messages["DoneNote"]);

        using var http = await App.CreateSignedInClientAsync(owner);
        var page = await GetHtmlAsync(http, $"/Incidents/{id}/Retro");
        using var response = await PostStatusAsync(http, id, measure.Id, "Done", string.Empty, page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(DoneNoteMessage, HttpForms.ValidationMessage(html, "DoneNote"));
        Assert.Contains("id=\"DoneNote\"", html, StringComparison.Ordinal);
        Assert.Equal("Done", HttpForms.SelectedOption(html, "status"));

        var tooLong = new string('x', PreventionMeasure.DoneNoteMaxLength + 1);
        using var longResponse = await PostStatusAsync(http, id, measure.Id, "Done", tooLong, page);
        var longHtml = await longResponse.Content.ReadAsStringAsync();
        Assert.Equal($"Keep the note under {PreventionMeasure.DoneNoteMaxLength} characters.", HttpForms.ValidationMessage(longHtml, "DoneNote"));
        Assert.Equal(tooLong, HttpForms.TextareaValue(longHtml, "doneNote"));
        Assert.Equal(MeasureStatus.Planned, Assert.Single((await ReadAsync(id)).PreventionMeasures).Status);
    }

    [Fact]
    public async Task Done_with_a_note_stores_note_who_and_when_and_moving_back_clears_it()
    {
        var (owner, id) = await SubmittedRetroAsync();
        var measure = Assert.Single((await ReadAsync(id)).PreventionMeasures);
        using var http = await App.CreateSignedInClientAsync(owner);
        var page = await GetHtmlAsync(http, $"/Incidents/{id}/Retro");
        App.Clock.Now = FixedClock.Start.AddMinutes(20);

        using (var response = await PostStatusAsync(http, id, measure.Id, "Done", "  Delivery signs off every proposal date now.  ", page))
        {
            Assert.StartsWith($"/Incidents/{id}/Retro", Location(response), StringComparison.Ordinal);
        }

        var done = Assert.Single((await ReadAsync(id)).PreventionMeasures);
        Assert.Equal(
            (MeasureStatus.Done, "Delivery signs off every proposal date now.", "Alex Morgan", (DateTimeOffset?)App.Clock.Now),
            (done.Status, done.DoneNote, done.DoneByName, done.DoneAt));
        Assert.Equal("Prevention measure \"Delivery confirms every date before it goes into a client email\" is done: Delivery signs off every proposal date now.", await LastEventAsync(id));
        var after = WebUtility.HtmlDecode(await GetHtmlAsync(http, $"/Incidents/{id}/Retro"));
        Assert.Contains("Alex Morgan, <time", after, StringComparison.Ordinal);
        Assert.Contains("Delivery signs off every proposal date now.", after, StringComparison.Ordinal);

        await SetStatusAsync(owner, id, measure.Id, MeasureStatus.InProgress, null);

        var reopened = Assert.Single((await ReadAsync(id)).PreventionMeasures);
        Assert.Equal((MeasureStatus.InProgress, (string?)null, (string?)null, (DateTimeOffset?)null), (reopened.Status, reopened.DoneNote, reopened.DoneByName, reopened.DoneAt));
    }

    [Fact]
    public async Task Overdue_measures_are_listed_for_the_lead_also_after_closing_until_they_are_done()
    {
        var (owner, id) = await SubmittedRetroAsync("Widget launch slipped");
        var lead = await LeadAsync();
        await App.SendAsync(lead, async m => await m.Send(new ApproveRetro.Command(id, await VersionAsync(id), null)));
        await App.SendAsync(owner, async m => await m.Send(new MoveToStage.Command { Id = id, Target = PlaybookStage.Closed, Version = await VersionAsync(id), OpenCheckIns = OpenCheckInsOnClose.Keep }));
        var measure = Assert.Single((await ReadAsync(id)).PreventionMeasures);
        var waiting = await AddSubmittedRetroAsync(owner, "Not due yet");

        // Due in 14 days: not overdue on the due date itself, overdue the day after.
        App.Clock.Now = FixedClock.Start.AddDays(14);
        Assert.Empty((await App.SendAsync(lead, m => m.Send(new ReviewsPage.Query()))).Overdue);
        App.Clock.Now = FixedClock.Start.AddDays(17);

        var overdue = await App.SendAsync(lead, m => m.Send(new ReviewsPage.Query()));
        var row = Assert.Single(overdue.Overdue, r => r.IncidentId == id);
        Assert.Equal(("Widget launch slipped", measure.Description, "Delivery lead", measure.DueOn, 3), (row.IncidentSummary, row.Description, row.Owner, row.DueOn, row.DaysOverdue));
        Assert.Contains(overdue.Overdue, r => r.IncidentId == waiting);
        using var leadHttp = await App.CreateSignedInClientAsync(lead);
        var html = await GetHtmlAsync(leadHttp, "/Reviews");
        Assert.Contains("Widget launch slipped", html, StringComparison.Ordinal);
        Assert.Contains("3 days", html, StringComparison.Ordinal);
        using var ownerHttp = await App.CreateSignedInClientAsync(owner);
        Assert.Contains("Overdue", await GetHtmlAsync(ownerHttp, $"/Incidents/{id}/Retro"), StringComparison.Ordinal);

        await SetStatusAsync(owner, id, measure.Id, MeasureStatus.Done, "Done after closing: the checklist is in use.");

        var after = await App.SendAsync(lead, m => m.Send(new ReviewsPage.Query()));
        Assert.DoesNotContain(after.Overdue, r => r.IncidentId == id);
        Assert.Contains(after.Overdue, r => r.IncidentId == waiting);
        Assert.Equal(PlaybookStage.Closed, (await ReadAsync(id)).Stage);
    }

    private async Task SetStatusAsync(TestUser user, long id, Guid measureId, MeasureStatus status, string? note)
    {
        var version = await VersionAsync(id);
        await App.SendAsync(user, m => m.Send(new SetMeasureStatus.Command(id, measureId, status, version, note)));
    }

    private async Task<HttpResponseMessage> PostStatusAsync(HttpClient http, long id, Guid measureId, string status, string note, string page) =>
        await http.PostFormAsync($"/Incidents/{id}/Retro?handler=MeasureStatus",
        [
            new("measureId", measureId.ToString()),
            new("status", status),
            new("doneNote", note),
            new("Data.Version", (await VersionAsync(id)).ToString(CultureInfo.InvariantCulture)),
            new(HttpForms.TokenField, HttpForms.AntiforgeryToken(page)),
        ]);
}
