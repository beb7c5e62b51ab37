using System.Net;
using PromiseKeeper.Domain;
using PromiseKeeper.Web.Tests.Admin;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Forms;

/// <summary>Values a form cannot keep come back next to their field, with everything else typed still in the form.</summary>
public sealed class UnsafeFormValuesTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task A_nul_byte_is_removed_and_the_field_says_so()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync("Globex");
        using var http = await App.CreateSignedInClientAsync(owner);

        var html = await PostLogFormAsync(http, clientId, "Data.Summary", "Release 2.4\0 late");

        Assert.Equal(UnsafeFormValuesPageFilter.NulMessage, HttpForms.ValidationMessage(html, "Data.Summary"));
        Assert.Equal("Release 2.4 late", HttpForms.InputValue(html, "Data.Summary"));
        Assert.Equal("Dana Client", HttpForms.InputValue(html, "Data.ContactName"));
        Assert.Equal(0, await App.WithDbAsync(db => Task.FromResult(db.Incidents.Count())));
    }

    [Fact]
    public async Task A_field_over_64_kb_is_cut_and_the_field_says_so_and_the_rest_is_kept()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync("Globex");
        using var http = await App.CreateSignedInClientAsync(owner);

        var html = await PostLogFormAsync(http, clientId, "Data.PromiseDescription", new string('g', RequestLimits.MaxFormValueBytes + 1_000));

        Assert.Equal(UnsafeFormValuesPageFilter.TooLongMessage, HttpForms.ValidationMessage(html, "Data.PromiseDescription"));
        Assert.Equal("Release 2.4 shipped three weeks late", HttpForms.InputValue(html, "Data.Summary"));
        Assert.Equal("dana@client.example", HttpForms.InputValue(html, "Data.ContactEmail"));
    }

    [Theory]
    [InlineData("Acme\u202Eevil")]
    [InlineData("Acme\u0007")]
    [InlineData("Ac\u2066me")]
    public async Task Control_and_text_direction_characters_are_refused_in_client_team_and_user_names(string name)
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var admin = await App.CreateUserAsync(Roles.Admin);
        using var ownerHttp = await App.CreateSignedInClientAsync(owner);
        using var adminHttp = await App.CreateSignedInClientAsync(admin);

        using var client = await ownerHttp.PostPageAsync("/Clients/Create", null, ("Data.Name", name), ("Data.Loyalty", "Neutral"));
        using var team = await adminHttp.PostPageAsync("/Admin/Teams", null, ("Data.Name", name));
        using var user = await adminHttp.PostPageAsync("/Admin/Users/Create", null,
            ("Data.Email", "new.person@tests.promisekeeper.test"),
            ("Data.DisplayName", name),
            ("Data.Roles", Roles.Legal),
            ("Data.Password", "a-long-enough-first-password"));

        foreach (var response in new[] { client, team, user })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(HiddenCharacters.Message, HttpForms.ValidationMessage(await client.Content.ReadAsStringAsync(), "Data.Name"));
        Assert.Equal(HiddenCharacters.Message, HttpForms.ValidationMessage(await team.Content.ReadAsStringAsync(), "Data.Name"));
        Assert.Equal(HiddenCharacters.Message, HttpForms.ValidationMessage(await user.Content.ReadAsStringAsync(), "Data.DisplayName"));
    }

    private static async Task<string> PostLogFormAsync(HttpClient http, int clientId, string field, string value)
    {
        var token = await http.GetAntiforgeryTokenAsync("/Incidents/Log");
        var fields = ValidForms.LogIncident(clientId).Where(f => f.Key != field).Append(new(field, value)).Append(new(HttpForms.TokenField, token));
        using var response = await http.PostFormAsync("/Incidents/Log", fields);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {html}");
        return html;
    }
}
