using System.Net;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Web.Tests.Fixtures;
using CreateClient = PromiseKeeper.Web.Pages.Clients.CreateModel;

namespace PromiseKeeper.Web.Tests.Clients;

public sealed class CreateTests(WebAppFixture app) : WebAppTest(app)
{
    [Theory]
    [InlineData(Roles.AccountManager)]
    [InlineData(Roles.TeamLead)]
    public async Task Creates_the_client_with_the_name_trimmed(string role)
    {
        var user = await App.CreateUserAsync(role);
        App.Clock.Now = FixedClock.Start.AddHours(3);

        var name = await App.SendAsync(user, m => m.Send(new CreateClient.Command { Name = "  Initech ", Loyalty = LoyaltyLevel.Loyal }));

        Assert.Equal("Initech", name);
        var client = await App.WithDbAsync(db => db.Clients.AsNoTracking().SingleAsync());
        Assert.Equal(("Initech", LoyaltyLevel.Loyal, App.Clock.Now), (client.Name, client.Loyalty, client.CreatedAt));
    }

    [Theory]
    [InlineData("ru")]
    [InlineData("sl")]
    [InlineData("en")]
    public async Task Creates_the_client_with_the_language_chosen(string language)
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);

        await App.SendAsync(user, m => m.Send(new CreateClient.Command { Name = "Initech", Loyalty = LoyaltyLevel.Loyal, Language = language }));

        Assert.Equal(language, await App.WithDbAsync(db => db.Clients.Select(c => c.Language).SingleAsync()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("de")]
    public async Task A_language_that_is_not_supported_is_refused(string? language)
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);

        var exception = await Assert.ThrowsAsync<DomainException>(async () =>
            await App.SendAsync(user, m => m.Send(new CreateClient.Command { Name = "Initech", Loyalty = LoyaltyLevel.Loyal, Language = language })));

        Assert.Equal(("Language", "Choose the language the client is written to in."), (exception.Violations.Single().Field, exception.Violations.Single().Message));
        Assert.Equal(0, await App.WithDbAsync(db => db.Clients.CountAsync()));
    }

    [Theory]
    [InlineData("Initech")]
    [InlineData("  INITECH ")]
    [InlineData("initech")]
    public async Task A_name_that_is_already_taken_in_any_case_is_refused(string duplicate)
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        await App.SendAsync(user, m => m.Send(new CreateClient.Command { Name = "Initech", Loyalty = LoyaltyLevel.Loyal }));

        var exception = await Assert.ThrowsAsync<ValidationException>(async () =>
            await App.SendAsync(user, m => m.Send(new CreateClient.Command { Name = duplicate, Loyalty = LoyaltyLevel.Neutral })));

        var failure = Assert.Single(exception.Errors);
        Assert.Equal(("Name", "A client with this name already exists."), (failure.PropertyName, failure.ErrorMessage));
        Assert.Equal(1, await App.WithDbAsync(db => db.Clients.CountAsync()));
    }

    [Fact]
    public async Task A_taken_name_is_reported_together_with_the_domains_field_messages()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        await App.SendAsync(user, m => m.Send(new CreateClient.Command { Name = "Initech", Loyalty = LoyaltyLevel.Loyal }));

        var exception = await Assert.ThrowsAsync<ValidationException>(async () =>
            await App.SendAsync(user, m => m.Send(new CreateClient.Command { Name = "Initech", Loyalty = null })));

        Assert.Equal(
            [("Name", "A client with this name already exists."), ("Loyalty", "Choose how loyal the client is.")],
            exception.Errors.Select(e => (e.PropertyName, e.ErrorMessage)));
    }

    [Theory]
    [InlineData(null, LoyaltyLevel.Loyal, "Name")]
    [InlineData("   ", LoyaltyLevel.Loyal, "Name")]
    [InlineData("Initech", null, "Loyalty")]
    [InlineData("Initech", (LoyaltyLevel)42, "Loyalty")]
    public async Task Missing_or_invalid_input_is_refused_on_its_field(string? name, LoyaltyLevel? loyalty, string field)
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);

        var exception = await Assert.ThrowsAsync<DomainException>(async () =>
            await App.SendAsync(user, m => m.Send(new CreateClient.Command { Name = name, Loyalty = loyalty })));

        Assert.Contains(exception.Violations, v => v.Field == field);
        Assert.Equal(0, await App.WithDbAsync(db => db.Clients.CountAsync()));
    }

    [Fact]
    public async Task A_name_that_is_too_long_is_refused()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);

        var exception = await Assert.ThrowsAsync<DomainException>(async () =>
            await App.SendAsync(user, m => m.Send(new CreateClient.Command { Name = new string('x', Client.NameMaxLength + 1), Loyalty = LoyaltyLevel.Loyal })));

        Assert.Contains(exception.Violations, v => v.Field == "Name");
        Assert.Equal(0, await App.WithDbAsync(db => db.Clients.CountAsync()));
    }

    [Theory]
    [InlineData(Roles.Legal)]
    [InlineData(Roles.Admin)]
    public async Task Roles_that_do_not_log_incidents_may_not_add_clients(string role)
    {
        var user = await App.CreateUserAsync(role);

        await Assert.ThrowsAsync<ForbiddenException>(async () =>
            await App.SendAsync(user, m => m.Send(new CreateClient.Command { Name = "Initech", Loyalty = LoyaltyLevel.Loyal })));

        Assert.Equal(0, await App.WithDbAsync(db => db.Clients.CountAsync()));
    }

    [Fact]
    public async Task Posting_the_form_adds_the_client_and_a_duplicate_comes_back_with_the_message_on_the_name()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        using var http = await App.CreateSignedInClientAsync(user);

        using var created = await PostAsync(http, "Initech");
        using var duplicate = await PostAsync(http, "INITECH");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/Clients", created.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        var html = await duplicate.Content.ReadAsStringAsync();
        Assert.Equal("A client with this name already exists.", HttpForms.ValidationMessage(html, "Data.Name"));
        Assert.Equal("INITECH", HttpForms.InputValue(html, "Data.Name"));
        Assert.Equal(1, await App.WithDbAsync(db => db.Clients.CountAsync()));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, string name)
    {
        var token = await http.GetAntiforgeryTokenAsync("/Clients/Create");
        return await http.PostFormAsync("/Clients/Create", new Dictionary<string, string>
        {
            ["Data.Name"] = name,
            ["Data.Loyalty"] = nameof(LoyaltyLevel.Neutral),
            [HttpForms.TokenField] = token,
        });
    }
}
