using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Web.Tests.Admin;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Clients;

/// <summary>The Log form offers the client's contacts: a chosen one fills the contact fields left empty, without JavaScript too.</summary>
public sealed class LogContactPickTests(WebAppFixture app) : WebAppTest(app)
{
    private async Task<HttpResponseMessage> LogAsync(HttpClient http, int clientId, int contactId, params string[] emptied)
    {
        var token = HttpForms.AntiforgeryToken(await http.GetHtmlAsync("/Incidents/Log"));
        var fields = ValidForms.LogIncident(clientId);
        fields.RemoveAll(f => emptied.Contains(f.Key));
        fields.Add(new("Data.ContactId", contactId.ToString(CultureInfo.InvariantCulture)));
        fields.Add(new(HttpForms.TokenField, token));
        return await http.PostFormAsync("/Incidents/Log", fields);
    }

    [Fact]
    public async Task A_chosen_contact_fills_the_empty_fields_and_typed_ones_win()
    {
        var clientId = await App.AddClientAsync("Globex");
        var contactId = await App.AddContactAsync(clientId, "Marta Horvat", title: "CFO", email: "marta@globex.example");
        using var http = await App.CreateSignedInClientAsync(await App.CreateUserAsync(Roles.AccountManager));
        Assert.Contains("<optgroup label=\"Globex\">", await http.GetHtmlAsync("/Incidents/Log"), StringComparison.Ordinal);

        // The name is left empty, the email typed (dana@client.example).
        using var response = await LogAsync(http, clientId, contactId, "Data.ContactName");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var incident = await App.WithDbAsync(db => db.Incidents.AsNoTracking().SingleAsync());
        Assert.Equal(("Marta Horvat", "CFO", "dana@client.example"), (incident.ContactName, incident.ContactRole, incident.ContactEmail));
    }

    [Fact]
    public async Task A_contact_of_another_client_is_refused_next_to_the_choice()
    {
        var clientId = await App.AddClientAsync("Globex");
        var otherId = await App.AddClientAsync("Initech");
        var contactId = await App.AddContactAsync(otherId, "Peter Gibbons");
        using var http = await App.CreateSignedInClientAsync(await App.CreateUserAsync(Roles.AccountManager));

        using var response = await LogAsync(http, clientId, contactId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Choose a contact of the chosen client", HttpForms.ValidationMessage(await response.Content.ReadAsStringAsync(), "Data.ContactId"), StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.Incidents.AnyAsync()));
    }
}
