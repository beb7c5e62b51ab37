using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Incidents;

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
    ILogger<DemoData> logger)
{
    /// <summary>Shared by every demo user; shown on the console when the app starts with demo data.</summary>
    public const string Password = "keep-the-promise-2026";

    public const string CustomerSuccess = "Customer Success";
    public const string EnterpriseAccounts = "Enterprise Accounts";

    public static readonly IReadOnlyList<string> Teams = [CustomerSuccess, EnterpriseAccounts];

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
        };
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

        foreach (var (details, owner, target) in Incidents(clientIds, now, alex, bea))
        {
            var discovered = details.DiscoveredAt!.Value;
            var loggedAt = (details.ClientToldAt > discovered ? details.ClientToldAt.Value : discovered).AddHours(1);
            var incident = Incident.Log(details, owner, loggedAt, teamOf[owner.UserId]);
            var clientName = clientIds.Single(c => c.Value == details.ClientId).Key;
            // The team lead approves the retro on the way to the closed one.
            playbook.WalkTo(incident, target, clientName, owner, loggedAt, TimeSpan.FromHours(2), reviewer: tara);
            if (incident.Stage == PlaybookStage.ResearchAlternatives)
            {
                OfferTooLittle(incident, owner, loggedAt.AddDays(1));
            }
            else if (incident.Stage == PlaybookStage.InternalRetro)
            {
                // Submitted, so the team lead's review queue has something in it.
                playbook.DoWorkOfCurrentStage(incident, clientName, owner, loggedAt.AddDays(2), TimeSpan.FromHours(1));
            }

            db.Incidents.Add(incident);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Demo data loaded");
    }

    private static IEnumerable<(IncidentDetails Details, Actor Owner, PlaybookStage Target)> Incidents(
        IReadOnlyDictionary<string, int> clientIds, DateTimeOffset now, Actor alex, Actor bea)
    {
        yield return (new IncidentDetails
        {
            ClientId = clientIds["Northwind Logistics"],
            Summary = "Route-planning export will miss the agreed go-live",
            Kind = IncidentKind.MissedDeadline,
            ContactName = "Maria Jensen",
            ContactRole = "Head of Operations",
            ContactEmail = "maria.jensen@northwind.example",
            PromiseDescription = "The CSV export of optimised routes would be live before the start of the winter season.",
            PromisedBy = "Alex Morgan",
            PromisedOn = DateOnly.FromDateTime(now.UtcDateTime.AddDays(-60)),
            PromiseChannel = PromiseChannel.Email,
            ClientGoals = "Cut the dispatchers' manual planning time before the seasonal peak.",
            Fault = Fault.Ours,
            Damage = DamageKinds.Delay,
            OurLossAmount = 8000m,
            OurLossCurrency = "EUR",
            PersonalHarm = PersonalHarm.Some,
            PersonalHarmNote = "Maria told her board the export was coming.",
            DiscoveredAt = now.AddDays(-2),
        }, alex, PlaybookStage.InvestigateOrigin);

        yield return (new IncidentDetails
        {
            ClientId = clientIds["Contoso Retail"],
            Summary = "Loyalty-card integration promised in the SOW is not feasible",
            Kind = IncidentKind.UnrealisticPromiseByColleague,
            ContactName = "Daniel Ortiz",
            ContactRole = "CTO",
            PromiseDescription = "Real-time integration with the in-store loyalty card system, as part of phase one.",
            PromisedBy = "Jordan Blake (former sales lead)",
            PromisedByHasLeft = true,
            PromisedOn = DateOnly.FromDateTime(now.UtcDateTime.AddDays(-200)),
            PromiseChannel = PromiseChannel.ContractClause,
            ContractReference = "SOW-2026-014, clause 4.2",
            ClientGoals = "Give store staff one view of each customer's purchases and points.",
            Fault = Fault.Disputed,
            Damage = DamageKinds.Delay | DamageKinds.QualityOrWrongResult,
            OurLossAmount = 25000m,
            OurLossCurrency = "EUR",
            ClientClaimedLossAmount = 120000m,
            ClientClaimedLossCurrency = "EUR",
            PersonalHarm = PersonalHarm.Serious,
            PersonalHarmNote = "Daniel sponsored the project internally.",
            DiscoveredAt = now.AddDays(-9),
            ClientToldAt = now.AddDays(-8),
            FirstDisclosure = FirstDisclosure.WeToldTheClient,
        }, alex, PlaybookStage.ResearchAlternatives);

        yield return (new IncidentDetails
        {
            ClientId = clientIds["Fabrikam Health"],
            Summary = "Monthly report sent with wrong patient-volume figures",
            Kind = IncidentKind.PoorQualityOrWrongResult,
            ContactName = "Priya Raman",
            ContactRole = "Quality Manager",
            ContactEmail = "priya.raman@fabrikam.example",
            PromiseDescription = "Reports are checked against the source data before they are sent.",
            PromisedBy = "Alex Morgan",
            PromisedOn = DateOnly.FromDateTime(now.UtcDateTime.AddDays(-120)),
            PromiseChannel = PromiseChannel.Meeting,
            ClientGoals = "Reliable monthly figures for their regulator.",
            Fault = Fault.Ours,
            Damage = DamageKinds.QualityOrWrongResult | DamageKinds.Reputation,
            ClientClaimedLossAmount = 3000m,
            ClientClaimedLossCurrency = "EUR",
            PersonalHarm = PersonalHarm.Serious,
            DiscoveredAt = now.AddDays(-15),
            ClientToldAt = now.AddDays(-16),
            FirstDisclosure = FirstDisclosure.ClientToldUs,
        }, alex, PlaybookStage.Conversation);

        yield return (new IncidentDetails
        {
            ClientId = clientIds["Tailspin Travel"],
            Summary = "Booking widget launch slipped after a payment provider outage",
            Kind = IncidentKind.MissedDeadline,
            ContactName = "Tom Becker",
            ContactRole = "Product Owner",
            PromiseDescription = "The new booking widget would launch on the first of the month.",
            PromisedBy = "Bea Novak",
            PromisedOn = DateOnly.FromDateTime(now.UtcDateTime.AddDays(-90)),
            PromiseChannel = PromiseChannel.Call,
            ClientGoals = "More direct bookings instead of paying agency commission.",
            Fault = Fault.ThirdParty,
            Damage = DamageKinds.Delay,
            OurLossAmount = 1500m,
            OurLossCurrency = "EUR",
            PersonalHarm = PersonalHarm.None,
            DiscoveredAt = now.AddDays(-30),
            ClientToldAt = now.AddDays(-30).AddHours(3),
            FirstDisclosure = FirstDisclosure.WeToldTheClient,
        }, bea, PlaybookStage.InternalRetro);

        yield return (new IncidentDetails
        {
            ClientId = clientIds["Northwind Logistics"],
            Summary = "Driver app release went out with broken offline mode",
            Kind = IncidentKind.PoorQualityOrWrongResult,
            ContactName = "Maria Jensen",
            ContactRole = "Head of Operations",
            ContactEmail = "maria.jensen@northwind.example",
            PromiseDescription = "Drivers can keep working without mobile signal; the app syncs when back online.",
            PromisedBy = "Bea Novak",
            PromisedOn = DateOnly.FromDateTime(now.UtcDateTime.AddDays(-150)),
            PromiseChannel = PromiseChannel.SalesMaterial,
            ClientGoals = "Keep deliveries moving in rural areas with poor coverage.",
            Fault = Fault.Ours,
            Damage = DamageKinds.QualityOrWrongResult,
            OurLossAmount = 4000m,
            OurLossCurrency = "EUR",
            PersonalHarm = PersonalHarm.None,
            DiscoveredAt = now.AddDays(-45),
            ClientToldAt = now.AddDays(-45).AddHours(2),
            FirstDisclosure = FirstDisclosure.WeToldTheClient,
        }, bea, PlaybookStage.Closed);
    }

    // Shows the proportionality warning: a small discount against a large claimed loss.
    private static void OfferTooLittle(Incident incident, Actor owner, DateTimeOffset at)
    {
        var discount = incident.AddOption(
            new OptionDetails
            {
                Kind = CompensationKind.Discount,
                Description = "Ten percent off the next invoice",
                CostToUsAmount = 2400m,
                CostToUsCurrency = "EUR",
                ValueToClientAmount = 2400m,
                ValueToClientCurrency = "EUR",
                ConfirmedBy = "Finance",
            },
            owner,
            at);
        incident.AddToOffer(discount.Id, owner, at.AddMinutes(5));
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

        var user = new ApplicationUser { UserName = demoUser.Email, Email = demoUser.Email, EmailConfirmed = true, DisplayName = demoUser.DisplayName, TeamId = teamId };
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
