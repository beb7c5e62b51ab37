using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Figures;
using PromiseKeeper.Web.Tests.Clients;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Figures;

/// <summary>
/// An overdrawn bank account counts the relationship one level worse in severity, so when another incident overdraws the
/// account (or the account recovers), the stored figures of every incident of the client are computed again.
/// </summary>
public sealed class OverdrawnStandingRequeueTests(WebAppFixture app) : FiguresTest(app)
{
    [Fact]
    public async Task Another_incident_that_overdraws_the_account_requeues_the_clients_incidents_and_their_severity_follows()
    {
        var (clientId, ana, current) = await LoyalClientWithAnIncidentAsync();
        var before = await FiguresAsync(current.Id);
        Assert.NotNull(before);
        Assert.False(await IsDueAsync(current.Id));

        var past = await App.AnIncident(ana).ForClient("Globex").DiscoveredAt(App.Clock.GetUtcNow().AddDays(-20)).SaveAsync();
        await App.AddFiguresAsync(past.Id, Severity.Critical); // −6: overdrawn
        await App.RefreshClientBankDaysAsync();

        Assert.True(await IsDueAsync(current.Id));
        Assert.True(await OverdrawnAsync(clientId));
        await App.RefreshFiguresAsync();
        var after = await FiguresAsync(current.Id);
        // Loyal counts 0 points, neutral (one level worse) 1.
        Assert.Equal(before.SeverityPoints + 1, after!.SeverityPoints);
    }

    [Fact]
    public async Task A_balance_change_that_leaves_the_account_as_overdrawn_or_not_as_it_was_queues_nothing()
    {
        var (clientId, ana, current) = await LoyalClientWithAnIncidentAsync();

        var past = await App.AnIncident(ana).ForClient("Globex").DiscoveredAt(App.Clock.GetUtcNow().AddDays(-20)).SaveAsync();
        await App.AddFiguresAsync(past.Id, Severity.Low, mistakeCount: 1); // −1
        await App.RefreshClientBankDaysAsync();

        Assert.False(await IsDueAsync(current.Id));
        Assert.False(await OverdrawnAsync(clientId));
    }

    [Fact]
    public async Task An_account_that_recovers_requeues_the_clients_incidents_again()
    {
        var (clientId, ana, current) = await LoyalClientWithAnIncidentAsync();
        var past = await App.AnIncident(ana).ForClient("Globex").DiscoveredAt(App.Clock.GetUtcNow().AddDays(-20)).SaveAsync();
        await App.AddFiguresAsync(past.Id, Severity.Critical);
        await App.RefreshClientBankDaysAsync();
        await MoveChecksLaterAsync(current.Id);

        await App.WithDbAsync(db => db.Set<IncidentFigures>().Where(f => f.IncidentId == past.Id).ExecuteDeleteAsync());
        await App.RefreshClientBankDaysAsync();

        Assert.False(await OverdrawnAsync(clientId));
        Assert.True(await IsDueAsync(current.Id));
    }

    private async Task<(int ClientId, TestUser Ana, Incident Current)> LoyalClientWithAnIncidentAsync()
    {
        var clientId = await App.AddClientAsync("Globex", LoyaltyLevel.Loyal);
        var ana = await App.CreateUserAsync(Roles.AccountManager, "Ana");
        var current = await App.AnIncident(ana).ForClient("Globex").SaveAsync();
        await App.RefreshFiguresAsync();
        await App.RefreshClientBankDaysAsync();
        Assert.False(await OverdrawnAsync(clientId));
        return (clientId, ana, current);
    }

    private async Task<bool> IsDueAsync(long incidentId) =>
        await CheckAtAsync(incidentId) is { } checkAt && checkAt <= App.Clock.GetUtcNow();

    private Task<bool> OverdrawnAsync(int clientId) =>
        App.WithDbAsync(db => db.Set<ClientBankStanding>().AnyAsync(s => s.ClientId == clientId && s.Overdrawn));

    /// <summary>The incident's check as the figures refresh leaves it when nothing is due: later than now.</summary>
    private Task MoveChecksLaterAsync(long incidentId) =>
        App.WithDbAsync(db => db.Set<FigureCheck>().Where(c => c.IncidentId == incidentId)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.CheckAt, App.Clock.GetUtcNow().AddDays(1))));
}
