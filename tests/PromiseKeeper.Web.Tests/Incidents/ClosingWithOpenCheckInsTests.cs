using System.Net;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Incidents;

/// <summary>Closing from the incident page lists the open check-ins and asks whether to close or keep them.</summary>
public sealed class ClosingWithOpenCheckInsTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task The_close_button_lists_the_open_check_ins_with_the_choice_and_refuses_without_one()
    {
        var (owner, incident) = await ReadyToCloseAsync();
        using var http = await App.CreateSignedInClientAsync(owner);
        var path = $"/Incidents/{incident.Id}";
        var page = await http.GetStringAsync(new Uri(path, UriKind.Relative));

        Assert.Contains("Open check-ins with the client", page, StringComparison.Ordinal);
        Assert.Contains("Progress on the agreed fix", page, StringComparison.Ordinal);
        Assert.Contains("name=\"Data.OpenCheckIns\" id=\"open-check-ins-Close\" value=\"Close\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("checked", Between(page, "open-check-ins-Close", "Close the incident"), StringComparison.Ordinal);

        using var refused = await PostCloseAsync(http, path, page, choice: null);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(
            "One check-in with the client is still open: choose whether to close it with the incident or keep it planned.",
            WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()),
            StringComparison.Ordinal);
        Assert.Equal(PlaybookStage.InternalRetro, (await LoadAsync(incident.Id)).Stage);
    }

    [Theory]
    [InlineData("Close", true)]
    [InlineData("Keep", false)]
    public async Task Closing_with_a_choice_closes_the_incident_and_settles_the_check_ins_as_chosen(string choice, bool checkInClosed)
    {
        var (owner, incident) = await ReadyToCloseAsync();
        using var http = await App.CreateSignedInClientAsync(owner);
        var path = $"/Incidents/{incident.Id}";
        var page = await http.GetStringAsync(new Uri(path, UriKind.Relative));

        using var closed = await PostCloseAsync(http, path, page, choice);

        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var stored = await LoadAsync(incident.Id);
        Assert.Equal(PlaybookStage.Closed, stored.Stage);
        var checkIn = Assert.Single(stored.CheckIns);
        Assert.Equal(checkInClosed, checkIn.CancelledAt is not null);
        Assert.Equal(!checkInClosed, checkIn.IsOpen);
    }

    private async Task<(TestUser Owner, Incident Incident)> ReadyToCloseAsync()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AnIncident(owner).AtStage(PlaybookStage.InternalRetro).WithStageWorkDone()
            .Then(i => i.ApproveRetro("Clear root cause.", Actor.Create("lead-1", "Tina Lead"), FixedClock.Start.AddMinutes(-5)))
            .SaveAsync();
        Assert.Single(incident.OpenCheckIns);
        return (owner, incident);
    }

    private static async Task<HttpResponseMessage> PostCloseAsync(HttpClient http, string path, string page, string? choice)
    {
        var version = System.Text.RegularExpressions.Regex.Match(page, "name=\"Data.Version\" value=\"(\\d+)\"").Groups[1].Value;
        List<KeyValuePair<string, string>> fields =
        [
            new("Data.Target", nameof(PlaybookStage.Closed)),
            new("Data.Version", version),
            new(HttpForms.TokenField, HttpForms.AntiforgeryToken(page)),
        ];
        if (choice is not null)
        {
            fields.Add(new("Data.OpenCheckIns", choice));
        }

        return await http.PostFormAsync($"{path}?handler=Move", fields);
    }

    private static string Between(string html, string from, string to)
    {
        var start = html.IndexOf(from, StringComparison.Ordinal);
        return html[start..html.IndexOf(to, start, StringComparison.Ordinal)];
    }

    private Task<Incident> LoadAsync(long id) =>
        App.WithDbAsync(db => db.Incidents.AsNoTracking().Include(i => i.CheckIns).SingleAsync(i => i.Id == id));
}
