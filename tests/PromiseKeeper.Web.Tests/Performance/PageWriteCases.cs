using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Notifications;
using PromiseKeeper.Web.Pages.Incidents;
using PromiseKeeper.Web.Pages.Incidents.Playbook;
using PromiseKeeper.Web.Tests.Clients;
using PromiseKeeper.Web.Tests.Incidents.Playbook;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Performance;

/// <summary>
/// For every POST row of <see cref="Authorization.PageAccessTable"/>, a valid post by someone who may make it, at the
/// stage where it makes sense, and (where the form takes input) input it refuses. Outside the incident pages here;
/// the incident pages in <c>PageWriteCases.Incidents.cs</c>.
/// </summary>
internal static partial class PageWriteCases
{
    public static readonly IReadOnlyDictionary<string, Func<WebAppFixture, Task<WriteCase>>> Rows =
        new Dictionary<string, Func<WebAppFixture, Task<WriteCase>>>(IncidentRows)
        {
            ["POST /Account/Login"] = async app =>
            {
                var user = await app.CreateUserAsync(Roles.AccountManager);
                return new WriteCase(null, "/Account/Login", "/Account/Login")
                {
                    Input = [new("Input.Email", user.Email), new("Input.Password", TestUser.Password)],
                    Invalid = [new("Input.Email", user.Email), new("Input.Password", "not-the-password")],
                };
            },
            ["POST /Account/Logout"] = async app =>
                new WriteCase(await app.CreateUserAsync(Roles.AccountManager), "/Incidents", "/Account/Logout"),
            ["POST /Account/Profile"] = async app =>
                new WriteCase(await app.CreateUserAsync(Roles.AccountManager), "/Account/Profile", "/Account/Profile")
                {
                    Input = [new("Data.PhoneNumber", "+386 1 234 5678"), new("Data.TimeZoneId", "Europe/Ljubljana")],
                    Invalid = [new("Data.PhoneNumber", "call me"), new("Data.TimeZoneId", "Central Europe")],
                },
            ["POST /Account/NotificationSettings"] = async app =>
                new WriteCase(await app.CreateUserAsync(Roles.AccountManager), "/Account/Notifications", "/Account/Notifications")
                {
                    Input = [new("Data.Choices[0].Email", "Off")],
                    Invalid = [new("Data.Choices[0].Email", "Sometimes")],
                },
            ["POST /Notifications/Index?handler=Open"] = async app =>
            {
                var owner = await app.CreateUserAsync(Roles.AccountManager);
                var incident = await app.AnIncident(owner).SaveAsync();
                var ids = await app.AddNotificationsAsync(owner, incident.Id, count: 1);
                return new WriteCase(owner, "/Notifications", $"/Notifications?id={ids[0]}&handler=Open");
            },
            ["POST /Notifications/Index?handler=MarkAllRead"] = async app =>
            {
                var owner = await app.CreateUserAsync(Roles.AccountManager);
                var incident = await app.AnIncident(owner).SaveAsync();
                await app.AddNotificationsAsync(owner, incident.Id, count: 3);
                return new WriteCase(owner, "/Notifications", "/Notifications?handler=MarkAllRead");
            },
            // A user who never chose a zone takes the one their browser reports from the notice on any page.
            ["POST /Account/Profile?handler=UseZone"] = async app =>
                new WriteCase(await app.CreateUserAsync(Roles.AccountManager), "/Incidents", "/Account/Profile?handler=UseZone")
                {
                    Input = [new("zone", "Europe/Ljubljana")],
                    Invalid = [new("zone", "Mars/Olympus_Mons")],
                },
            ["POST /Account/Sessions"] = async app =>
                new WriteCase(await app.CreateUserAsync(Roles.AccountManager), "/Account/Sessions", "/Account/Sessions"),
            ["POST /Unsubscribe"] = async app =>
            {
                var owner = await app.CreateUserAsync(Roles.AccountManager);
                var token = Uri.EscapeDataString(app.Factory.Services.GetRequiredService<UnsubscribeTokens>().Issue(owner.Id, NotificationKind.RetroApproved));
                return new WriteCase(null, $"/Unsubscribe?token={token}", "/Unsubscribe") { Answer = System.Net.HttpStatusCode.OK };
            },
            ["POST /Error"] = _ => Task.FromResult(new WriteCase(null, null, "/Error") { Answer = System.Net.HttpStatusCode.OK }),

            ["POST /Clients/Create"] = async app =>
                new WriteCase(await app.CreateUserAsync(Roles.AccountManager), "/Clients/Create", "/Clients/Create")
                {
                    Input = [new("Data.Name", "Globex"), new("Data.Loyalty", "Neutral")],
                    Invalid = [new("Data.Name", " "), new("Data.Loyalty", "Neutral")],
                },
            ["POST /Clients/Edit"] = async app =>
            {
                var clientId = await app.AddClientAsync("Globex");
                return new WriteCase(await app.CreateUserAsync(Roles.AccountManager), $"/Clients/{clientId}/Edit", $"/Clients/{clientId}/Edit")
                {
                    Input = [new("Data.Name", "Globex Renamed"), new("Data.Language", "sl")],
                    Invalid = [new("Data.Name", " "), new("Data.Language", "sl")],
                };
            },
            ["POST /Clients/Contact"] = async app =>
            {
                var clientId = await app.AddClientAsync("Globex");
                return new WriteCase(await app.CreateUserAsync(Roles.AccountManager), $"/Clients/{clientId}/Contacts", $"/Clients/{clientId}/Contacts")
                {
                    Input = [new("Data.Name", "Ana Novak"), new("Data.Email", "ana@globex.example")],
                    Invalid = [new("Data.Name", " "), new("Data.Email", "ana")],
                };
            },
            ["POST /Clients/Details?handler=Deactivate"] = async app =>
            {
                var clientId = await app.AddClientAsync("Globex");
                await app.AddContactAsync(clientId, "Ana Novak");
                return new WriteCase(await app.CreateUserAsync(Roles.AccountManager), $"/Clients/{clientId}", $"/Clients/{clientId}?handler=Deactivate");
            },
            ["POST /Clients/Details?handler=Reactivate"] = async app =>
            {
                var clientId = await app.AddClientAsync("Globex");
                await app.AddContactAsync(clientId, "Ana Novak", active: false);
                return new WriteCase(await app.CreateUserAsync(Roles.AccountManager), $"/Clients/{clientId}", $"/Clients/{clientId}?handler=Reactivate");
            },
            ["POST /Clients/Relationship"] = async app =>
            {
                var clientId = await app.AddClientAsync("Globex");
                return new WriteCase(await app.CreateUserAsync(Roles.TeamLead), $"/Clients/{clientId}/Relationship", $"/Clients/{clientId}/Relationship")
                {
                    Input = [new("Data.To", "Cautious"), new("Data.Reason", "Two late deliveries in a month.")],
                    Invalid = [new("Data.To", "Cautious"), new("Data.Reason", " ")],
                };
            },
            ["POST /Teams/ClientSla"] = async app =>
            {
                var clientId = await app.AddClientAsync("Globex");
                return new WriteCase(await app.CreateUserAsync(Roles.TeamLead), $"/Clients/{clientId}/Sla", $"/Clients/{clientId}/Sla")
                {
                    Input = [new("Data.TellClientDays", "0.5")],
                    Invalid = [new("Data.TellClientDays", "0")],
                };
            },
            ["POST /Incidents/Log"] = async app =>
            {
                var owner = await app.CreateUserAsync(Roles.AccountManager);
                var clientId = await app.AddClientAsync("Globex");
                var input = ValidForms.LogIncident(clientId);
                return new WriteCase(owner, "/Incidents/Log", "/Incidents/Log")
                {
                    Input = input,
                    Invalid = [.. input.Where(f => f.Key != "Data.DiscoveredAt"), new("Data.DiscoveredAt", "12abc")],
                };
            },

            ["POST /Admin/Users/Create"] = async app =>
                new WriteCase(await app.CreateUserAsync(Roles.Admin), "/Admin/Users/Create", "/Admin/Users/Create")
                {
                    Input =
                    [
                        new("Data.Email", "new.person@tests.promisekeeper.test"),
                        new("Data.DisplayName", "New Person"),
                        new("Data.Roles", Roles.Legal),
                        new("Data.Password", "a-long-enough-first-password"),
                    ],
                    Invalid = [new("Data.Email", "not an email"), new("Data.DisplayName", "New Person"), new("Data.Roles", Roles.Legal), new("Data.Password", "short")],
                },
            ["POST /Admin/Users/Edit"] = async app =>
            {
                var (admin, colleague) = await AdminAndColleagueAsync(app);
                return new WriteCase(admin, $"/Admin/Users/{colleague.Id}", $"/Admin/Users/{colleague.Id}")
                {
                    Input = [new("Data.DisplayName", "Renamed Colleague")],
                    Invalid = [new("Data.DisplayName", " ")],
                };
            },
            ["POST /Admin/Users/Edit?handler=Deactivate"] = async app =>
            {
                var (admin, colleague) = await AdminAndColleagueAsync(app);
                return new WriteCase(admin, $"/Admin/Users/{colleague.Id}", $"/Admin/Users/{colleague.Id}?handler=Deactivate");
            },
            ["POST /Admin/Users/Edit?handler=Reactivate"] = async app =>
            {
                var (admin, colleague) = await AdminAndColleagueAsync(app);
                await app.WithDbAsync(db => db.Users.Where(u => u.Id == colleague.Id).ExecuteUpdateAsync(s => s
                    .SetProperty(u => u.IsActive, false)
                    .SetProperty(u => u.DeactivatedAt, app.Clock.GetUtcNow())));
                return new WriteCase(admin, $"/Admin/Users/{colleague.Id}", $"/Admin/Users/{colleague.Id}?handler=Reactivate");
            },
            ["POST /Admin/Users/Edit?handler=ResetPassword"] = async app =>
            {
                var (admin, colleague) = await AdminAndColleagueAsync(app);
                return new WriteCase(admin, $"/Admin/Users/{colleague.Id}", $"/Admin/Users/{colleague.Id}?handler=ResetPassword")
                {
                    Input = [new("Password.NewPassword", "another-long-enough-password")],
                    Invalid = [new("Password.NewPassword", "short")],
                };
            },
            ["POST /Admin/Teams/Index"] = async app =>
                new WriteCase(await app.CreateUserAsync(Roles.Admin), "/Admin/Teams", "/Admin/Teams")
                {
                    Input = [new("Data.Name", "Enterprise Accounts")],
                    Invalid = [new("Data.Name", " ")],
                },
            ["POST /Admin/Teams/Edit"] = async app =>
            {
                var admin = await app.CreateUserAsync(Roles.Admin);
                var teamId = await app.AddTeamAsync("Support");
                return new WriteCase(admin, $"/Admin/Teams/{teamId}", $"/Admin/Teams/{teamId}")
                {
                    Input = [new("Data.Name", "Renamed Team")],
                    Invalid = [new("Data.Name", " ")],
                };
            },
            ["POST /Teams/Clocks"] = async app =>
            {
                var teamId = await app.AddTeamAsync("Clock Team");
                var lead = await app.CreateUserAsync(Roles.TeamLead, "Clock Lead", teamId);
                return new WriteCase(lead, $"/Teams/{teamId}/Clocks", $"/Teams/{teamId}/Clocks")
                {
                    Input = [new("Data.TellClientDays", "0.5"), new("Data.Holidays", "2026-12-25")],
                    Invalid = [new("Data.Holidays", "25.12.2026")],
                };
            },
        };

    private static async Task<(TestUser Admin, TestUser Colleague)> AdminAndColleagueAsync(WebAppFixture app) =>
        (await app.CreateUserAsync(Roles.Admin), await app.CreateUserAsync(Roles.AccountManager, "Colleague"));

    private static Task<uint> VersionAsync(WebAppFixture app, long id) => app.VersionAsync(id);

    /// <summary>Legal opens a contract-linked incident whose call texts are drafted.</summary>
    private static async Task<(TestUser Legal, long Id)> LegalOpensAsync(WebAppFixture app)
    {
        var owner = await app.CreateUserAsync(Roles.AccountManager);
        var legal = await app.CreateUserAsync(Roles.Legal);
        var incident = await app.AnIncident(owner).ContractLinked().AtStage(PlaybookStage.Conversation).SaveAsync();
        return (legal, incident.Id);
    }

    private static Task LegalDecidesAsync(WebAppFixture app, TestUser legal, long id, LegalDecision decision) =>
        app.SendAsync(legal, async m => await m.Send(new LegalReviewModel.Command
        {
            Id = id, Version = await VersionAsync(app, id), Decision = decision, Notes = "Hours only, no refund.",
        }));

    private static Task<Guid> AddOptionAsync(WebAppFixture app, TestUser owner, long id) =>
        app.SendAsync(owner, async m => await m.Send(new AlternativesModel.Command
        {
            Id = id,
            Version = await VersionAsync(app, id),
            Kind = CompensationKind.FreeHours,
            Description = "Forty hours of extra work",
            ClientDescription = "Forty hours of our work for you",
            ValueToClientAmount = 6000m,
            ValueToClientCurrency = "EUR",
        }));
}
