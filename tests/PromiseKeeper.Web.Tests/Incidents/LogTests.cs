using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Pages.Incidents;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Incidents;

public sealed partial class LogTests(WebAppFixture app) : WebAppTest(app)
{
    private const string ExistingClientName = "Acme Industrial";

    [Fact]
    public async Task Logging_stores_every_field_at_the_first_stage_owned_by_the_user_with_a_logged_event()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var clientId = await App.AddClientAsync(ExistingClientName);
        App.Clock.Now = FixedClock.Start.AddMinutes(17);
        var command = new LogModel.Command
        {
            ClientMode = LogModel.ClientChoice.Existing,
            ClientId = clientId,
            Summary = "  Reporting module not ready for the audit  ",
            Kind = IncidentKind.FeatureNotReady,
            ContactName = " Dana Client ",
            ContactRole = "CTO",
            ContactEmail = "dana@client.example",
            PromiseDescription = "The reporting module live before their audit.",
            Fault = Fault.ThirdParty,
            TimeZone = "Europe/Berlin",
            DiscoveredAt = new DateTime(2026, 11, 20, 10, 30, 0),
            ClientToldAt = new DateTime(2026, 11, 21, 15, 0, 0),
            FirstDisclosure = FirstDisclosure.WeToldTheClient,
        };

        var id = await App.SendAsync(user, m => m.Send(command));

        var incident = await App.WithDbAsync(db => db.Incidents.AsNoTracking().Include(i => i.Timeline).SingleAsync());
        Assert.Equal(id, incident.Id);
        Assert.Equal(user.Id, incident.OwnerId);
        Assert.Equal(clientId, incident.ClientId);
        Assert.Equal(PlaybookStage.InvestigateOrigin, incident.Stage);
        Assert.Equal(App.Clock.Now, incident.LoggedAt);
        Assert.Equal("Reporting module not ready for the audit", incident.Summary);
        Assert.Equal(IncidentKind.FeatureNotReady, incident.Kind);
        Assert.Equal("Dana Client", incident.ContactName);
        Assert.Equal("CTO", incident.ContactRole);
        Assert.Equal("dana@client.example", incident.ContactEmail);
        Assert.Equal("The reporting module live before their audit.", incident.PromiseDescription);
        Assert.Equal(Fault.ThirdParty, incident.Fault);
        // The short form: the origin, damage, losses and personal harm wait for the first stage.
        Assert.Null(incident.PromisedBy);
        Assert.False(incident.PromisedByHasLeft);
        Assert.Null(incident.PromisedOn);
        Assert.Null(incident.PromiseChannel);
        Assert.Null(incident.ContractReference);
        Assert.Null(incident.ClientGoals);
        Assert.Equal(DamageKinds.None, incident.Damage);
        Assert.Null(incident.OurLossEstimate);
        Assert.Null(incident.ClientClaimedLoss);
        Assert.Equal(PersonalHarm.None, incident.PersonalHarm);
        Assert.Null(incident.PersonalHarmNote);
        // Berlin is UTC+1 in November: the typed local times are stored as the instants they stand for.
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.Zero), incident.DiscoveredAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 14, 0, 0, TimeSpan.Zero), incident.ClientToldAt);
        Assert.Equal(FirstDisclosure.WeToldTheClient, incident.FirstDisclosure);

        var logged = Assert.Single(incident.Timeline);
        Assert.Equal(user.Id, logged.ActorId);
        Assert.Equal("Alex Morgan", logged.ActorName);
        Assert.Equal(App.Clock.Now, logged.OccurredAt);
        Assert.StartsWith("Logged the broken promise", logged.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logging_with_a_new_client_creates_that_client_in_the_same_command()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        await App.AddClientAsync(ExistingClientName);
        var command = TestIncidents.ValidCommand(clientId: 0);
        command.ClientMode = LogModel.ClientChoice.New;
        command.ClientId = null;
        command.NewClientName = "  Globex Corporation ";
        command.NewClientLoyalty = LoyaltyLevel.Cautious;
        command.NewClientLanguage = "ru";

        var id = await App.SendAsync(user, m => m.Send(command));

        var (client, incident) = await App.WithDbAsync(async db =>
            (await db.Clients.AsNoTracking().SingleAsync(c => c.Name == "Globex Corporation"),
             await db.Incidents.AsNoTracking().SingleAsync()));
        Assert.Equal((LoyaltyLevel.Cautious, "ru"), (client.Loyalty, client.Language));
        Assert.Equal(App.Clock.Now, client.CreatedAt);
        Assert.Equal(id, incident.Id);
        Assert.Equal(client.Id, incident.ClientId);
        Assert.Equal(2, await App.WithDbAsync(db => db.Clients.CountAsync()));
    }

    [Fact]
    public async Task The_kind_and_the_fault_may_wait_and_the_incident_page_says_what_moving_on_needs()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        var command = TestIncidents.ValidCommand(await App.AddClientAsync(ExistingClientName));
        command.Kind = null;
        command.Fault = null;

        var id = await App.SendAsync(user, m => m.Send(command));

        var stored = await App.WithDbAsync(db => db.Incidents.Where(i => i.Id == id).Select(i => new { i.Kind, i.Fault }).SingleAsync());
        Assert.Equal((null, null), (stored.Kind, stored.Fault));
        using var http = await App.CreateSignedInClientAsync(user);
        var page = await http.GetStringAsync($"/Incidents/{id}");
        Assert.Contains("Not known yet", page, StringComparison.Ordinal);
        Assert.Contains("Choose whose fault it is on &quot;Correct the record&quot;", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_team_lead_may_log_an_incident()
    {
        var lead = await App.CreateUserAsync(Roles.TeamLead);
        var command = TestIncidents.ValidCommand(await App.AddClientAsync(ExistingClientName));

        var id = await App.SendAsync(lead, m => m.Send(command));

        Assert.Equal(lead.Id, await App.WithDbAsync(db => db.Incidents.Where(i => i.Id == id).Select(i => i.OwnerId).SingleAsync()));
    }

    [Theory]
    [InlineData(Roles.Legal)]
    [InlineData(Roles.Admin)]
    public async Task Roles_that_do_not_log_incidents_are_refused_and_nothing_is_written(string role)
    {
        var user = await App.CreateUserAsync(role);
        var command = TestIncidents.ValidCommand(await App.AddClientAsync(ExistingClientName));

        await Assert.ThrowsAsync<ForbiddenException>(async () => await App.SendAsync(user, m => m.Send(command)));

        Assert.Equal(0, await App.WithDbAsync(db => db.Incidents.CountAsync()));
    }

    [Fact]
    public async Task The_valid_command_the_failure_cases_start_from_is_accepted()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        var command = TestIncidents.ValidCommand(await App.AddClientAsync(ExistingClientName));

        await App.SendAsync(user, m => m.Send(command));

        Assert.Equal(1, await App.WithDbAsync(db => db.Incidents.CountAsync()));
    }

    /// <summary>One broken rule each: how to break it, starting from <see cref="TestIncidents.ValidCommand"/>, and the field it is reported on.</summary>
    private static readonly Dictionary<string, (Action<LogModel.Command> Break, string Field)> Failures = new()
    {
        ["no client chosen"] = (c => c.ClientId = null, "ClientId"),
        ["unknown client id"] = (c => c.ClientId = 987_654, "ClientId"),
        ["client mode not a choice"] = (c => c.ClientMode = (LogModel.ClientChoice)7, "ClientMode"),
        ["new client name missing"] = (c => NewClient(c, "   ", LoyaltyLevel.Loyal), "NewClientName"),
        ["new client name too long"] = (c => NewClient(c, new string('n', Client.NameMaxLength + 1), LoyaltyLevel.Loyal), "NewClientName"),
        ["new client name taken (other case)"] = (c => NewClient(c, ExistingClientName.ToUpperInvariant(), LoyaltyLevel.Loyal), "NewClientName"),
        ["new client loyalty missing"] = (c => NewClient(c, "Globex", null), "NewClientLoyalty"),
        ["new client language not supported"] = (c =>
        {
            NewClient(c, "Globex", LoyaltyLevel.Loyal);
            c.NewClientLanguage = "de";
        }, "NewClientLanguage"),
        ["summary missing"] = (c => c.Summary = " ", "Summary"),
        ["summary too long"] = (c => c.Summary = new string('s', IncidentDetails.SummaryMaxLength + 1), "Summary"),
        ["kind not a choice"] = (c => c.Kind = (IncidentKind)99, "Kind"),
        ["contact name missing"] = (c => c.ContactName = null, "ContactName"),
        ["contact role too long"] = (c => c.ContactRole = new string('r', IncidentDetails.NameMaxLength + 1), "ContactRole"),
        ["contact email not an email"] = (c => c.ContactEmail = "dana at client", "ContactEmail"),
        ["promise description missing"] = (c => c.PromiseDescription = "", "PromiseDescription"),
        ["fault not a choice"] = (c => c.Fault = (Fault)99, "Fault"),
        ["discovered at missing"] = (c => c.DiscoveredAt = null, "DiscoveredAt"),
        ["discovered at in the future"] = (c => c.DiscoveredAt = new DateTime(2026, 11, 23, 13, 0, 0), "DiscoveredAt"),
        ["discovered at skipped by the clocks moving forward"] = (c => (c.TimeZone, c.DiscoveredAt) = ("Europe/Berlin", new DateTime(2026, 3, 29, 2, 30, 0)), "DiscoveredAt"),
        ["client told at without who told first"] = (c => c.ClientToldAt = new DateTime(2026, 11, 21, 8, 0, 0), "FirstDisclosure"),
        ["who told first without client told at"] = (c => c.FirstDisclosure = FirstDisclosure.ClientToldUs, "ClientToldAt"),
        ["client told at in the future"] = (c => (c.ClientToldAt, c.FirstDisclosure) = (new DateTime(2026, 11, 24, 8, 0, 0), FirstDisclosure.ClientToldUs), "ClientToldAt"),
        ["we told the client before we discovered it"] = (c => (c.ClientToldAt, c.FirstDisclosure) = (new DateTime(2026, 11, 20, 9, 0, 0), FirstDisclosure.WeToldTheClient), "ClientToldAt"),
        ["unknown time zone"] = (c => c.TimeZone = "Mars/Olympus_Mons", "TimeZone"),
    };

    public static TheoryData<string> FailureNames => [.. Failures.Keys];

    [Theory]
    [MemberData(nameof(FailureNames))]
    public async Task Each_broken_rule_is_reported_on_its_field_and_nothing_is_written(string failure)
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        var command = TestIncidents.ValidCommand(await App.AddClientAsync(ExistingClientName));
        var (breakRule, field) = Failures[failure];
        breakRule(command);

        var errors = await FieldErrorsAsync(App.SendAsync(user, m => m.Send(command)));

        Assert.Contains(errors, e => e.Field == field && !string.IsNullOrWhiteSpace(e.Message));
        if (failure == "new client name taken (other case)")
        {
            // The validator says so up front; the database's unique index is only the last line of defence.
            Assert.Contains(errors, e => e.Message.StartsWith("A client with this name already exists", StringComparison.Ordinal));
        }

        var (clients, incidents, events) = await App.WithDbAsync(async db =>
            (await db.Clients.CountAsync(), await db.Incidents.CountAsync(), await db.IncidentEvents.CountAsync()));
        Assert.Equal((1, 0, 0), (clients, incidents, events));
    }

    [Fact]
    public async Task A_new_client_is_not_added_when_the_incident_cannot_be_logged()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        var command = TestIncidents.ValidCommand(await App.AddClientAsync(ExistingClientName));
        NewClient(command, "Globex Corporation", LoyaltyLevel.Loyal);
        command.Summary = null;

        var exception = await Assert.ThrowsAsync<DomainException>(async () => await App.SendAsync(user, m => m.Send(command)));

        // The domain's rule for the client does not apply: the new client has no id until it is added.
        Assert.Equal([nameof(LogModel.Command.Summary)], exception.Violations.Select(v => v.Field));
        Assert.Equal(1, await App.WithDbAsync(db => db.Clients.CountAsync()));
    }

    [Fact]
    public async Task A_client_check_that_fails_is_reported_together_with_the_domains_field_messages()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        var command = TestIncidents.ValidCommand(await App.AddClientAsync(ExistingClientName));
        NewClient(command, ExistingClientName, LoyaltyLevel.Loyal);
        (command.Summary, command.DiscoveredAt) = (null, null);

        var exception = await Assert.ThrowsAsync<ValidationException>(async () => await App.SendAsync(user, m => m.Send(command)));

        Assert.Equal(
            ["DiscoveredAt", "NewClientName", "Summary"],
            exception.Errors.Select(e => e.PropertyName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Posting_the_form_with_a_missing_field_shows_the_page_again_with_the_message_there_and_the_typed_values_kept()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync(ExistingClientName);
        using var http = await App.CreateSignedInClientAsync(user);
        var token = await http.GetAntiforgeryTokenAsync("/Incidents/Log");
        var fields = FormFields(clientId, token).Where(f => f.Key != "Data.Summary");

        using var response = await http.PostFormAsync("/Incidents/Log", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("The incident is not logged yet.", html, StringComparison.Ordinal);
        Assert.Equal("Give the incident a short summary.", HttpForms.ValidationMessage(html, "Data.Summary"));
        // The summary at the top links to the field, so keyboard users can jump to it.
        Assert.Contains("<a href=\"#Data_Summary\" class=\"alert-link\">Give the incident a short summary.</a>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Data_Summary\"", html, StringComparison.Ordinal);
        Assert.Equal(string.Empty, HttpForms.ValidationMessage(html, "Data.ContactName"));
        Assert.Equal(string.Empty, HttpForms.ValidationMessage(html, "Data.DiscoveredAt"));
        Assert.Equal("Dana Client", HttpForms.InputValue(html, "Data.ContactName"));
        Assert.Equal("dana@client.example", HttpForms.InputValue(html, "Data.ContactEmail"));
        Assert.StartsWith("2026-11-20T09:30", HttpForms.InputValue(html, "Data.DiscoveredAt"), StringComparison.Ordinal);
        Assert.Equal("Release 2.4 in production by 1 November.", HttpForms.TextareaValue(html, "Data.PromiseDescription"));
        Assert.Equal(clientId.ToString(CultureInfo.InvariantCulture), HttpForms.SelectedOption(html, "Data.ClientId"));
        Assert.Equal("MissedDeadline", HttpForms.SelectedOption(html, "Data.Kind"));
        Assert.Equal("Ours", HttpForms.SelectedOption(html, "Data.Fault"));
        Assert.Equal(0, await App.WithDbAsync(db => db.Incidents.CountAsync()));
    }

    [Fact]
    public async Task Input_that_cannot_be_read_is_reported_together_with_the_other_fields_messages()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync(ExistingClientName);
        using var http = await App.CreateSignedInClientAsync(user);
        var token = await http.GetAntiforgeryTokenAsync("/Incidents/Log");
        var fields = FormFields(clientId, token)
            .Where(f => f.Key is not ("Data.Summary" or "Data.DiscoveredAt"))
            .Append(new("Data.DiscoveredAt", "12abc"));

        using var response = await http.PostFormAsync("/Incidents/Log", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("\"12abc\" is not valid here; check the format.", HttpForms.ValidationMessage(html, "Data.DiscoveredAt"));
        Assert.Equal("Give the incident a short summary.", HttpForms.ValidationMessage(html, "Data.Summary"));
        Assert.Equal("12abc", HttpForms.InputValue(html, "Data.DiscoveredAt"));
        Assert.Equal(0, await App.WithDbAsync(db => db.Incidents.CountAsync()));
    }

    [Fact]
    public async Task The_error_summary_lists_the_fields_in_the_order_of_the_form()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync(ExistingClientName);
        using var http = await App.CreateSignedInClientAsync(user);
        var token = await http.GetAntiforgeryTokenAsync("/Incidents/Log");
        // A field that does not bind, a domain rule and a validator's check each report at a different time.
        var fields = FormFields(clientId, token)
            .Where(f => f.Key is not ("Data.Summary" or "Data.DiscoveredAt" or "Data.ClientId"))
            .Append(new("Data.DiscoveredAt", "12abc"))
            .Append(new("Data.ClientId", "987654"));

        using var response = await http.PostFormAsync("/Incidents/Log", fields);

        var html = await response.Content.ReadAsStringAsync();
        var summaryLinks = SummaryLink().Matches(html).Select(m => m.Groups["field"].Value);
        Assert.Equal(["Data_ClientId", "Data_Summary", "Data_DiscoveredAt"], summaryLinks);
    }

    [Fact]
    public async Task The_form_asks_only_for_what_is_known_at_once_and_the_discovery_defaults_to_now()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        using var http = await App.CreateSignedInClientAsync(user);
        App.Clock.Now = new DateTimeOffset(2026, 11, 20, 9, 41, 27, TimeSpan.Zero);

        using var response = await http.GetAsync(new Uri("/Incidents/Log", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.StartsWith("2026-11-20T09:41", HttpForms.InputValue(html, "Data.DiscoveredAt"), StringComparison.Ordinal);
        foreach (var later in new[] { "Data.PromisedBy", "Data.PromisedOn", "Data.PromiseChannel", "Data.ClientGoals", "Data.Damage", "Data.OurLossAmount", "Data.PersonalHarm" })
        {
            Assert.DoesNotContain($"name=\"{later}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Posting_a_valid_form_logs_the_incident_and_redirects_to_it()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync(ExistingClientName);
        using var http = await App.CreateSignedInClientAsync(user);
        var token = await http.GetAntiforgeryTokenAsync("/Incidents/Log");

        using var response = await http.PostFormAsync("/Incidents/Log", FormFields(clientId, token));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        var match = IncidentPath().Match(location);
        Assert.True(match.Success, $"Redirected to {location}, not to an incident.");
        var id = long.Parse(match.Groups["id"].Value, CultureInfo.InvariantCulture);
        var incident = await App.WithDbAsync(db => db.Incidents.AsNoTracking().SingleAsync());
        Assert.Equal(id, incident.Id);
        Assert.Equal(user.Id, incident.OwnerId);

        using var details = await http.GetAsync(new Uri(location, UriKind.RelativeOrAbsolute));
        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        var html = await details.Content.ReadAsStringAsync();
        Assert.Contains("Release 2.4 shipped three weeks late", html, StringComparison.Ordinal);
        Assert.Contains("The broken promise is logged.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_without_the_antiforgery_token_is_rejected()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync(ExistingClientName);
        using var http = await App.CreateSignedInClientAsync(user);
        var fields = FormFields(clientId, token: "unused").Where(f => f.Key != HttpForms.TokenField);

        using var response = await http.PostFormAsync("/Incidents/Log", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await App.WithDbAsync(db => db.Incidents.CountAsync()));
    }

    /// <summary>The field messages of a refused command: the validator's (what the domain cannot know) or the domain's.</summary>
    private static async Task<List<(string Field, string Message)>> FieldErrorsAsync(Task send)
    {
        var exception = await Record.ExceptionAsync(() => send);
        return exception switch
        {
            ValidationException validation => [.. validation.Errors.Select(e => (e.PropertyName, e.ErrorMessage))],
            DomainException domain => [.. domain.Violations.Select(v => (v.Field, v.Message))],
            _ => throw new Xunit.Sdk.XunitException($"Expected the command to be refused with field messages, got {exception?.GetType().Name ?? "no exception"}."),
        };
    }

    private static void NewClient(LogModel.Command command, string? name, LoyaltyLevel? loyalty)
    {
        command.ClientMode = LogModel.ClientChoice.New;
        command.ClientId = null;
        command.NewClientName = name;
        command.NewClientLoyalty = loyalty;
    }

    /// <summary>The form fields a browser sends for a complete, valid incident.</summary>
    private static List<KeyValuePair<string, string>> FormFields(int clientId, string token) =>
        [.. ValidForms.LogIncident(clientId), new(HttpForms.TokenField, token)];

    [GeneratedRegex("<li><a href=\"#(?<field>[^\"]+)\" class=\"alert-link\">")]
    private static partial Regex SummaryLink();

    [GeneratedRegex("^(https?://[^/]+)?/Incidents/(?<id>[0-9]+)$")]
    private static partial Regex IncidentPath();
}
