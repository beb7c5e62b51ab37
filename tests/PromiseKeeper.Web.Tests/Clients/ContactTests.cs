using System.Net;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Tests.Admin;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Clients;

/// <summary>/Clients/{id}/Contacts: contacts kept per client, added, edited and deactivated by account managers and leads; audited.</summary>
public sealed class ContactTests(WebAppFixture app) : WebAppTest(app)
{
    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient http, string page, string action, params (string Name, string Value)[] typed)
    {
        var html = await http.GetHtmlAsync(page);
        var fields = HtmlForm.Fields(html, page, action);
        var names = typed.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        fields.RemoveAll(f => names.Contains(f.Key));
        fields.AddRange(typed.Select(t => KeyValuePair.Create(t.Name, t.Value)));
        return await http.PostFormAsync(action, fields);
    }

    [Fact]
    public async Task An_account_manager_adds_a_contact_it_shows_on_the_client_page_and_is_audited()
    {
        var clientId = await App.AddClientAsync("Globex");
        using var http = await App.CreateSignedInClientAsync(await App.CreateUserAsync(Roles.AccountManager, "Ana"));
        var path = $"/Clients/{clientId}/Contacts";

        using var response = await SubmitAsync(http, path, path, ("Data.Name", " Marta Horvat "), ("Data.Title", "CFO"), ("Data.Email", "marta@globex.example"), ("Data.Phone", "+386 1 234 5678"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await http.GetHtmlAsync($"/Clients/{clientId}");
        Assert.Contains("Marta Horvat is saved.", page, StringComparison.Ordinal);
        Assert.Contains("mailto:marta@globex.example", page, StringComparison.Ordinal);
        var audit = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == AuditAction.ClientContactAdded));
        Assert.Equal("Added the contact Marta Horvat to the client Globex.", audit.Details);
    }

    [Fact]
    public async Task Bad_input_is_named_next_to_each_field_and_nothing_is_saved()
    {
        var clientId = await App.AddClientAsync("Globex");
        using var http = await App.CreateSignedInClientAsync(await App.CreateUserAsync(Roles.TeamLead));
        var path = $"/Clients/{clientId}/Contacts";

        using var response = await SubmitAsync(http, path, path, ("Data.Name", " "), ("Data.Email", "marta"), ("Data.Phone", "call me"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("Enter the contact's name.", HttpForms.ValidationMessage(html, "Data.Name"));
        Assert.Equal("Enter the contact's email as name@example.com, or leave it empty.", HttpForms.ValidationMessage(html, "Data.Email"));
        Assert.StartsWith("Enter the phone number in digits", HttpForms.ValidationMessage(html, "Data.Phone"), StringComparison.Ordinal);
        Assert.Equal("marta", HttpForms.InputValue(html, "Data.Email"));
        Assert.False(await App.WithDbAsync(db => db.ClientContacts.AnyAsync()));
    }

    [Fact]
    public async Task An_edit_over_someone_elses_newer_change_is_refused_with_the_input_kept()
    {
        var clientId = await App.AddClientAsync("Globex");
        var contactId = await App.AddContactAsync(clientId, "Marta Horvat");
        using var http = await App.CreateSignedInClientAsync(await App.CreateUserAsync(Roles.AccountManager));
        var path = $"/Clients/{clientId}/Contacts/{contactId}";
        var html = await http.GetHtmlAsync(path);
        await App.WithDbAsync(async db =>
        {
            var contact = await db.ClientContacts.SingleAsync(c => c.Id == contactId);
            contact.Change(Domain.Clients.ClientContact.Parse("Marta Horvat", "CEO", null, null, null).OrThrow());
            await db.SaveChangesAsync();
        });
        var fields = HtmlForm.Fields(html, path, path);
        fields.RemoveAll(f => f.Key == "Data.Title");
        fields.Add(KeyValuePair.Create("Data.Title", "CFO"));

        using var response = await http.PostFormAsync(path, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Someone else changed this record", page, StringComparison.Ordinal);
        Assert.Equal("CFO", HttpForms.InputValue(page, "Data.Title"));
        Assert.Equal("CEO", await App.WithDbAsync(db => db.ClientContacts.Where(c => c.Id == contactId).Select(c => c.Title).SingleAsync()));
    }

    [Fact]
    public async Task A_deactivated_contact_stays_on_the_client_page_and_leaves_the_log_form()
    {
        var clientId = await App.AddClientAsync("Globex");
        await App.AddContactAsync(clientId, "Marta Horvat");
        using var http = await App.CreateSignedInClientAsync(await App.CreateUserAsync(Roles.AccountManager));
        Assert.Contains("Marta Horvat", await http.GetHtmlAsync("/Incidents/Log"), StringComparison.Ordinal);

        using var response = await SubmitAsync(http, $"/Clients/{clientId}", $"/Clients/{clientId}?handler=Deactivate");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Inactive", await http.GetHtmlAsync($"/Clients/{clientId}"), StringComparison.Ordinal);
        Assert.DoesNotContain("Marta Horvat", await http.GetHtmlAsync("/Incidents/Log"), StringComparison.Ordinal);
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditAction.ClientContactDeactivated)));
    }
}
