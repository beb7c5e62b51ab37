using System.Net;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Texts;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Clients;

/// <summary>/Clients/{id}/Edit: those who log incidents rename a client and set the language it is written to in.</summary>
public sealed class EditTests(WebAppFixture app) : WebAppTest(app)
{
    [Theory]
    [InlineData(Roles.AccountManager)]
    [InlineData(Roles.TeamLead)]
    public async Task Renames_the_client_and_sets_its_language(string role)
    {
        var user = await App.CreateUserAsync(role);
        var clientId = await App.AddClientAsync("Initech");
        using var http = await App.CreateSignedInClientAsync(user);

        using var response = await PostAsync(http, clientId, "  Initech Europe ", Languages.Russian);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Clients", response.Headers.Location?.OriginalString);
        var client = await App.WithDbAsync(db => db.Clients.AsNoTracking().SingleAsync(c => c.Id == clientId));
        Assert.Equal(("Initech Europe", Languages.Russian), (client.Name, client.Language));
        Assert.Contains("Initech Europe is saved.", await http.GetStringAsync(new Uri("/Clients", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_shows_the_name_and_the_language_as_saved()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync("Lipa d.o.o.", language: Languages.Slovenian);
        using var http = await App.CreateSignedInClientAsync(user);

        var html = await http.GetStringAsync(new Uri($"/Clients/{clientId}/Edit", UriKind.Relative));

        Assert.Contains("<h1 class=\"h3 mt-2\">Edit Lipa d.o.o.</h1>", html, StringComparison.Ordinal);
        Assert.Matches("<input[^>]*name=\"Data.Name\"[^>]*value=\"Lipa d.o.o.\"", html);
        Assert.Matches("<option selected=\"selected\" value=\"sl\">Sloven", html);
        Assert.Contains("<option value=\"ru\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Initech", "de", "Data.Language", "Choose the language the client is written to in.")]
    [InlineData("Initech", "", "Data.Language", "Choose the language the client is written to in.")]
    [InlineData(" ", "en", "Data.Name", "Enter the client's name.")]
    [InlineData("globex", "en", "Data.Name", "A client with this name already exists.")]
    public async Task Invalid_input_is_shown_next_to_its_field_and_nothing_changes(string name, string language, string field, string message)
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync("Initech");
        await App.AddClientAsync("Globex");
        using var http = await App.CreateSignedInClientAsync(user);

        using var response = await PostAsync(http, clientId, name, language);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, HttpForms.ValidationMessage(await response.Content.ReadAsStringAsync(), field));
        var client = await App.WithDbAsync(db => db.Clients.AsNoTracking().SingleAsync(c => c.Id == clientId));
        Assert.Equal(("Initech", Languages.English), (client.Name, client.Language));
    }

    [Fact]
    public async Task The_client_s_own_name_in_another_case_is_not_taken()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync("Initech");
        using var http = await App.CreateSignedInClientAsync(user);

        using var response = await PostAsync(http, clientId, "INITECH", Languages.Slovenian);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("INITECH", await App.WithDbAsync(db => db.Clients.Where(c => c.Id == clientId).Select(c => c.Name).SingleAsync()));
    }

    [Theory]
    [InlineData(Roles.Legal)]
    [InlineData(Roles.Admin)]
    public async Task Only_those_who_log_incidents_may_edit_a_client(string role)
    {
        var user = await App.CreateUserAsync(role);
        var clientId = await App.AddClientAsync("Initech");
        using var http = await App.CreateSignedInClientAsync(user);

        using var page = await http.GetAsync(new Uri($"/Clients/{clientId}/Edit", UriKind.Relative));

        Assert.Contains(page.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.Redirect });
        Assert.DoesNotContain("name=\"Data.Language\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_client_is_not_found()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        using var http = await App.CreateSignedInClientAsync(user);

        using var page = await http.GetAsync(new Uri("/Clients/987654/Edit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Fact]
    public async Task The_list_shows_each_client_s_language_and_links_to_its_edit_page()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync("Balt", language: Languages.Russian);
        using var http = await App.CreateSignedInClientAsync(user);

        var html = WebUtility.HtmlDecode(await http.GetStringAsync(new Uri("/Clients", UriKind.Relative)));

        Assert.Contains("<td data-label=\"Language\" lang=\"ru\">Русский</td>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Clients/{clientId}/Edit\"", html, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, int clientId, string name, string language)
    {
        var path = $"/Clients/{clientId}/Edit";
        var token = await http.GetAntiforgeryTokenAsync(path);
        return await http.PostFormAsync(path, [new("__RequestVerificationToken", token), new("Data.Name", name), new("Data.Language", language)]);
    }
}
