using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.BrowserTests.Infrastructure;

/// <summary>
/// Incidents of a test's own, set up straight in the database with the real domain methods, so a test
/// that changes an incident does not change what another test looks at in the shared demo data.
/// </summary>
public static class TestIncidents
{
    /// <summary>
    /// Logs an incident for <paramref name="owner"/> in their team and walks it to <paramref name="stage"/>
    /// (the work of each stage done, one hour apart, starting <paramref name="daysAgo"/> days ago).
    /// With a <paramref name="contractReference"/> it is contract-linked and waits for legal. Without
    /// <paramref name="doWorkOfStage"/> the work of <paramref name="stage"/> itself is left to the test.
    /// </summary>
    /// <returns>The incident's id.</returns>
    public static async Task<long> AddAsync(
        IServiceProvider services,
        DemoData.DemoUser owner,
        string summary,
        PlaybookStage stage,
        string? contractReference = null,
        int daysAgo = 10,
        bool doWorkOfStage = true)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PromiseKeeperDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var playbook = scope.ServiceProvider.GetRequiredService<DemoPlaybook>();
        var user = await users.FindByEmailAsync(owner.Email)
            ?? throw new InvalidOperationException($"The demo user {owner.Email} is missing.");
        var actor = Actor.Create(user.Id, user.DisplayName);
        var client = await db.Clients.FirstAsync(c => c.Name == "Northwind Logistics");
        var start = DateTimeOffset.UtcNow.AddDays(-daysAgo);
        var incident = Incident.Log(new IncidentDetails
        {
            ClientId = client.Id,
            Summary = summary,
            Kind = IncidentKind.MissedDeadline,
            ContactName = "Maria Jensen",
            PromiseDescription = "The depot report would be ready before the quarter closed.",
            PromisedBy = user.DisplayName,
            PromisedOn = DateOnly.FromDateTime(start.UtcDateTime.AddDays(-30)),
            PromiseChannel = contractReference is null ? PromiseChannel.Email : PromiseChannel.ContractClause,
            ContractReference = contractReference,
            ClientGoals = "Close the quarter with the depot figures in hand.",
            Fault = Fault.Ours,
            Damage = DamageKinds.Delay,
            OurLossAmount = 6_000m,
            OurLossCurrency = "EUR",
            PersonalHarm = PersonalHarm.None,
            DiscoveredAt = start,
        }, actor, start, user.TeamId);
        playbook.WalkTo(incident, stage, client.Name, actor, start, TimeSpan.FromHours(1));
        if (doWorkOfStage)
        {
            playbook.DoWorkOfCurrentStage(incident, client.Name, actor, start.AddDays(2), TimeSpan.FromHours(1));
        }

        db.Incidents.Add(incident);
        await db.SaveChangesAsync();
        return incident.Id;
    }
}
