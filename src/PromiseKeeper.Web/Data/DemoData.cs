using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;
using PromiseKeeper.Web.Notifications;

namespace PromiseKeeper.Web.Data;

/// <summary>
/// Demo users (every role, in two teams), clients and incidents in several stages, for trying the app out.
/// Loaded only when <see cref="StartupOptions.SeedDemoData"/> is on; loading twice changes nothing.
/// </summary>
public sealed class DemoData(
    PromiseKeeperDbContext db,
    UserManager<ApplicationUser> users,
    TimeProvider clock,
    DemoPlaybook playbook,
    DemoNotifications notifications,
    ILogger<DemoData> logger)
{
    /// <summary>Shared by every demo user; shown on the console when the app starts with demo data.</summary>
    public const string Password = "keep-the-promise-2026";

    public const string CustomerSuccess = "Customer Success";
    public const string EnterpriseAccounts = "Enterprise Accounts";

    public static readonly IReadOnlyList<string> Teams = [CustomerSuccess, EnterpriseAccounts];

    /// <summary>The demo users read and type times in Ljubljana's zone, as if they had chosen it; each can change it on their profile.</summary>
    public const string TimeZoneId = "Europe/Ljubljana";

    public sealed record DemoUser(string Email, string DisplayName, string Role, string? Team = null);

    public static readonly IReadOnlyList<DemoUser> Users =
    [
        new("am@demo.promisekeeper.test", "Alex Morgan", Roles.AccountManager, CustomerSuccess),
        new("am2@demo.promisekeeper.test", "Bea Novak", Roles.AccountManager, CustomerSuccess),
        new("lead@demo.promisekeeper.test", "Tara Whitfield", Roles.TeamLead, CustomerSuccess),
        new("legal@demo.promisekeeper.test", "Lena Kovač", Roles.Legal),
        new("admin@demo.promisekeeper.test", "Sam Admin", Roles.Admin),
        new("am3@demo.promisekeeper.test", "Omar Haddad", Roles.AccountManager, EnterpriseAccounts),
        new("lead2@demo.promisekeeper.test", "Ines Duarte", Roles.TeamLead, EnterpriseAccounts),
        // Sees every team, so belongs to none.
        new("hcs@demo.promisekeeper.test", "Nika Zupan", Roles.HeadOfCustomerSuccess),
    ];

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var teamIds = await EnsureTeamsAsync(cancellationToken);
        foreach (var demoUser in Users)
        {
            await EnsureUserAsync(demoUser, demoUser.Team is { } team ? teamIds[team] : null);
        }

        await BringTeamlessIncidentsIntoOwnersTeamsAsync(cancellationToken);
        if (await db.Incidents.AnyAsync(cancellationToken))
        {
            logger.LogInformation("Demo data already loaded");
            return;
        }

        var now = clock.GetUtcNow();
        var clients = new[]
        {
            Client.Create("Northwind Logistics", LoyaltyLevel.Loyal, now),
            Client.Create("Contoso Retail", LoyaltyLevel.Cautious, now),
            Client.Create("Fabrikam Health", LoyaltyLevel.Hostile, now),
            Client.Create("Tailspin Travel", LoyaltyLevel.Advocate, now),
            Client.Create(DemoIncidents.RussianClient, LoyaltyLevel.Neutral, now, Languages.Russian),
            Client.Create(DemoIncidents.SlovenianClient, LoyaltyLevel.Loyal, now, Languages.Slovenian),
        };
        var languageOf = clients.ToDictionary(c => c.Name, c => c.Language, StringComparer.OrdinalIgnoreCase);
        foreach (var client in clients)
        {
            if (!await db.Clients.AnyAsync(c => c.Name == client.Name, cancellationToken))
            {
                db.Clients.Add(client);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var clientIds = await db.Clients.ToDictionaryAsync(c => c.Name, c => c.Id, cancellationToken);
        var (alex, alexTeam) = await OwnerForAsync(Users[0]);
        var (bea, beaTeam) = await OwnerForAsync(Users[1]);
        var (tara, _) = await OwnerForAsync(Users.First(u => u.Role == Roles.TeamLead));
        var teamOf = new Dictionary<string, int?>(StringComparer.Ordinal) { [alex.UserId] = alexTeam, [bea.UserId] = beaTeam };

        foreach (var (details, owner, target) in DemoIncidents.All(clientIds, now, alex, bea))
        {
            var discovered = details.DiscoveredAt!.Value;
            var loggedAt = (details.ClientToldAt > discovered ? details.ClientToldAt.Value : discovered).AddHours(1);
            var incident = Incident.Log(details, owner, loggedAt, teamOf[owner.UserId]);
            var clientName = clientIds.Single(c => c.Value == details.ClientId).Key;
            // What is written for the client (drafts, client sentence, offer, what was agreed) is in the client's language.
            incident.WriteToClientIn(languageOf.GetValueOrDefault(clientName));
            // The team lead approves the retro on the way to the closed one.
            playbook.WalkTo(incident, target, clientName, owner, loggedAt, TimeSpan.FromHours(2), reviewer: tara);
            if (incident.Stage == PlaybookStage.ResearchAlternatives)
            {
                DemoIncidents.OfferTooLittle(incident, owner, loggedAt.AddDays(1));
                if (incident.IsContractLinked)
                {
                    // A question waits in the thread with legal, so the review page shows one.
                    incident.AddLegalNote(
                        "Clause 4.2 names phase one. May I offer the integration as a phase-two item without calling it a breach?",
                        byLegal: false, owner, loggedAt.AddDays(1).AddHours(1));
                }
            }
            else if (incident.Stage == PlaybookStage.InternalRetro)
            {
                // Submitted, so the team lead's review queue has something in it.
                playbook.DoWorkOfCurrentStage(incident, clientName, owner, loggedAt.AddDays(2), TimeSpan.FromHours(1));
            }

            db.Incidents.Add(incident);
        }

        await db.SaveChangesAsync(cancellationToken);
        await notifications.AddAsync(cancellationToken);
        logger.LogInformation("Demo data loaded");
    }

    private async Task<IReadOnlyDictionary<string, int>> EnsureTeamsAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Teams.Where(t => Teams.Contains(t.Name)).Select(t => t.Name).ToListAsync(cancellationToken);
        foreach (var name in Teams.Except(existing, StringComparer.OrdinalIgnoreCase))
        {
            db.Teams.Add(new Team { Name = name, CreatedAt = clock.GetUtcNow() });
        }

        await db.SaveChangesAsync(cancellationToken);
        return await db.Teams.Where(t => Teams.Contains(t.Name)).ToDictionaryAsync(t => t.Name, t => t.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
    }

    // A demo user from before teams existed gets their team; one an admin has already put in a team keeps it.
    private async Task EnsureUserAsync(DemoUser demoUser, int? teamId)
    {
        if (await users.FindByEmailAsync(demoUser.Email) is { } existing)
        {
            if (existing.TeamId is null && teamId is not null)
            {
                existing.TeamId = teamId;
                ThrowIfFailed(await users.UpdateAsync(existing), demoUser.Email);
            }

            return;
        }

        var user = new ApplicationUser { UserName = demoUser.Email, Email = demoUser.Email, EmailConfirmed = true, DisplayName = demoUser.DisplayName, TeamId = teamId, TimeZoneId = TimeZoneId, TimeZoneChosenAt = clock.GetUtcNow() };
        ThrowIfFailed(await users.CreateAsync(user, Password), demoUser.Email);
        ThrowIfFailed(await users.AddToRoleAsync(user, demoUser.Role), demoUser.Email);
    }

    private async Task<(Actor Actor, int? TeamId)> OwnerForAsync(DemoUser demoUser)
    {
        var user = await users.FindByEmailAsync(demoUser.Email)
            ?? throw new InvalidOperationException($"Demo user {demoUser.Email} is missing.");
        return (Actor.Create(user.Id, user.DisplayName), user.TeamId);
    }

    // Incidents loaded before teams existed have none: each joins its owner's team, if the owner has one.
    // Incidents that already have a team keep it, so loading again changes nothing.
    private async Task BringTeamlessIncidentsIntoOwnersTeamsAsync(CancellationToken cancellationToken)
    {
        var joined = await db.Incidents
            .Where(i => i.TeamId == null && db.Users.Any(u => u.Id == i.OwnerId && u.TeamId != null))
            .ExecuteUpdateAsync(
                s => s.SetProperty(i => i.TeamId, i => db.Users.Where(u => u.Id == i.OwnerId).Select(u => u.TeamId).First()),
                cancellationToken);
        if (joined > 0)
        {
            logger.LogInformation("{Count} incident(s) from before teams existed joined their owner's team", joined);
        }
    }

    private static void ThrowIfFailed(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not set up demo user {email}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
