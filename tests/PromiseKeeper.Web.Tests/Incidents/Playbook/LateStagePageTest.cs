using System.Net;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Incidents.Playbook;

/// <summary>
/// Shared set-up for the pages of the later stages (conversation, recap, check-ins, retro, not applicable):
/// an incident walked along the playbook with the real domain methods, and ways to read it back.
/// </summary>
public abstract class LateStagePageTest(WebAppFixture app) : WebAppTest(app)
{
    /// <summary>When the broken promise was discovered: two days before the fixed clock's now.</summary>
    protected static readonly DateTimeOffset Discovered = FixedClock.Start.AddDays(-2);

    protected const string ConcurrencyMessage = "Someone else changed this record while you were editing it.";

    private int _clients;

    /// <summary>A new account manager and their incident, walked to <paramref name="stage"/>.</summary>
    protected async Task<(TestUser Owner, long Id)> IncidentAtAsync(
        PlaybookStage stage, Fault fault = Fault.Ours, Money? ourLoss = null, string? contractReference = null)
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        return (owner, await AddIncidentAsync(owner, stage, fault, ourLoss, contractReference));
    }

    protected async Task<long> AddIncidentAsync(
        TestUser owner, PlaybookStage stage, Fault fault = Fault.Ours, Money? ourLoss = null, string? contractReference = null)
    {
        var clientId = await App.AddClientAsync($"Acme {++_clients}");
        var details = TestIncidents.Details(clientId, Discovered, contractReference: contractReference) with { Fault = fault };
        if (ourLoss is { } loss)
        {
            details = details with { OurLossAmount = loss.Amount, OurLossCurrency = loss.Currency };
        }

        var incident = Incident.Log(details, Actor.Create(owner.Id, owner.DisplayName), Discovered.AddHours(1), owner.TeamId);
        incident.WalkTo(stage, owner, App.Clock.Now);
        Assert.Equal(stage, incident.Stage);
        await App.WithDbAsync(async db =>
        {
            db.Incidents.Add(incident);
            await db.SaveChangesAsync();
        });
        return incident.Id;
    }

    /// <summary>The whole aggregate as stored, read on a DbContext of its own.</summary>
    protected Task<Incident> ReadAsync(long id) =>
        App.WithDbAsync(db => db.Incidents.AsNoTracking()
            .Include(i => i.Timeline)
            .Include(i => i.CheckIns)
            .Include(i => i.PreventionMeasures)
            .Include(i => i.BlameFindings)
            .AsSplitQuery()
            .SingleAsync(i => i.Id == id));

    protected Task<uint> VersionAsync(long id) =>
        App.WithDbAsync(db => db.Incidents.Where(i => i.Id == id).Select(i => i.Version).SingleAsync());

    /// <summary>The newest timeline entry's description.</summary>
    protected async Task<string> LastEventAsync(long id) =>
        (await ReadAsync(id)).Timeline.OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).Last().Description;

    protected Task<int> EventCountAsync(long id) =>
        App.WithDbAsync(db => db.IncidentEvents.CountAsync(e => e.IncidentId == id));

    /// <summary>The field messages of a rejected command, by field name.</summary>
    protected static async Task<IReadOnlyDictionary<string, string>> FieldMessagesAsync(Func<Task> act)
    {
        var exception = await Assert.ThrowsAsync<DomainException>(act);
        return exception.Violations.GroupBy(v => v.Field).ToDictionary(g => g.Key, g => g.First().Message);
    }

    /// <summary>A Legal user (the incident is contract-linked, so they can see it) is refused the page: access denied, 403.</summary>
    protected async Task AssertLegalIsRefusedAsync(string path)
    {
        var legal = await App.CreateUserAsync(Roles.Legal);
        using var http = await App.CreateSignedInClientAsync(legal);
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith("/Account/AccessDenied", location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString, StringComparison.Ordinal);
        using var denied = await http.GetAsync(location);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);

        using var post = await http.PostFormAsync(path, [new("Data.Version", "1")]);
        Assert.StartsWith("/Account/AccessDenied", Location(post), StringComparison.Ordinal);
    }

    protected static async Task<string> GetHtmlAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    protected static string Location(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }
}
