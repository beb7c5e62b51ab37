using System.Net;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Admin;

public sealed class AdminAndClientPagesInOtherLanguagesTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task The_users_page_in_Slovenian_names_the_columns_and_roles_in_Slovenian()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        using var http = await App.CreateSignedInClientAsync(admin);
        http.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", "sl");

        var html = await http.GetHtmlAsync("/Admin/Users");

        Assert.Contains("<h1 class=\"h3 mb-0\">Uporabniki</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Vloge</th>", html, StringComparison.Ordinal);
        Assert.Contains(">Skrbnik sistema</td>", html, StringComparison.Ordinal);
        Assert.Contains(">Dodaj uporabnika</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renaming_a_team_to_a_taken_name_in_Russian_says_so_in_Russian()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        await App.AddTeamAsync("Customer Success");
        var support = await App.AddTeamAsync("Support");
        using var http = await App.CreateSignedInClientAsync(admin);
        http.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", "ru");

        using var response = await http.PostPageAsync($"/Admin/Teams/{support}", null, ("Data.Name", "Customer Success"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("Команда с таким названием уже есть.", HttpForms.ValidationMessage(html, "Data.Name"));
        Assert.Contains("Команда пока не переименована. Исправьте, пожалуйста:", html, StringComparison.Ordinal);
        Assert.Contains("<h2 class=\"h5\" id=\"rename-title\">Переименовать команду</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_client_list_in_Slovenian_has_a_Slovenian_heading_and_columns()
    {
        var manager = await App.CreateUserAsync(Roles.AccountManager);
        await App.AddClientAsync("Acme d.o.o.");
        using var http = await App.CreateSignedInClientAsync(manager);
        http.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", "sl");

        var html = await http.GetHtmlAsync("/Clients");

        Assert.Contains("<h1 class=\"h3 mb-0\">Stranke</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Odprti incidenti</th>", html, StringComparison.Ordinal);
        Assert.Contains(">Dodaj stranko</a>", html, StringComparison.Ordinal);
        Assert.Contains("Acme d.o.o.", html, StringComparison.Ordinal);
    }
}
