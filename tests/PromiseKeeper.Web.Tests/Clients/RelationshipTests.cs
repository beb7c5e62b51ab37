using System.Net;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Tests.Admin;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Clients;

/// <summary>/Clients/{id}/Relationship: the relationship changed with a reason, kept as history and audited.</summary>
public sealed class RelationshipTests(WebAppFixture app) : WebAppTest(app)
{
    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient http, string path, params (string Name, string Value)[] typed)
    {
        var html = await http.GetHtmlAsync(path);
        var fields = HtmlForm.Fields(html, path, path);
        var names = typed.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        fields.RemoveAll(f => names.Contains(f.Key));
        fields.AddRange(typed.Select(t => KeyValuePair.Create(t.Name, t.Value)));
        return await http.PostFormAsync(path, fields);
    }

    [Fact]
    public async Task A_change_with_a_reason_is_saved_kept_in_the_history_and_audited()
    {
        var clientId = await App.AddClientAsync("Globex", LoyaltyLevel.Loyal);
        using var http = await App.CreateSignedInClientAsync(await App.CreateUserAsync(Roles.TeamLead, "Lea Lead"));

        using var response = await SubmitAsync(http, $"/Clients/{clientId}/Relationship", ("Data.To", "Cautious"), ("Data.Reason", "Two late deliveries in a month."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await http.GetHtmlAsync($"/Clients/{clientId}");
        Assert.Contains("Loyal → Cautious, by Lea Lead", page, StringComparison.Ordinal);
        Assert.Contains("Reason: Two late deliveries in a month.", page, StringComparison.Ordinal);
        var change = await App.WithDbAsync(db => db.ClientRelationshipChanges.AsNoTracking().SingleAsync());
        Assert.Equal((LoyaltyLevel.Loyal, LoyaltyLevel.Cautious, App.Clock.GetUtcNow()), (change.From, change.To, change.ChangedAt));
        var audit = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == AuditAction.ClientRelationshipChanged));
        Assert.Equal("Changed the relationship with the client Globex from loyal to cautious. Reason: Two late deliveries in a month.", audit.Details);
    }

    [Fact]
    public async Task Without_a_reason_nothing_changes_and_the_message_is_translated()
    {
        var clientId = await App.AddClientAsync("Globex", LoyaltyLevel.Loyal);
        using var http = await App.CreateSignedInClientAsync(await App.CreateUserAsync(Roles.AccountManager));
        http.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", "ru-RU,ru;q=0.9");

        using var response = await SubmitAsync(http, $"/Clients/{clientId}/Relationship", ("Data.To", "Hostile"), ("Data.Reason", " "));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Отношения с клиентом Globex", html, StringComparison.Ordinal);
        Assert.Equal("Укажите, почему изменились отношения: причина сохраняется в истории.", HttpForms.ValidationMessage(html, "Data.Reason"));
        Assert.Equal(LoyaltyLevel.Loyal, await App.WithDbAsync(db => db.Clients.Where(c => c.Id == clientId).Select(c => c.Loyalty).SingleAsync()));
    }

    [Fact]
    public async Task A_change_made_by_someone_else_since_the_form_was_opened_is_not_overwritten()
    {
        var clientId = await App.AddClientAsync("Globex", LoyaltyLevel.Loyal);
        using var http = await App.CreateSignedInClientAsync(await App.CreateUserAsync(Roles.AccountManager));
        var path = $"/Clients/{clientId}/Relationship";
        var html = await http.GetHtmlAsync(path);
        await App.WithDbAsync(async db =>
        {
            var client = await db.Clients.SingleAsync(c => c.Id == clientId);
            db.ClientRelationshipChanges.Add(client.ChangeRelationship(Client.ParseRelationship(LoyaltyLevel.Advocate, "Praised us").OrThrow(), null, "Bor", App.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        });
        var fields = HtmlForm.Fields(html, path, path);
        fields.RemoveAll(f => f.Key is "Data.To" or "Data.Reason");
        fields.AddRange([KeyValuePair.Create("Data.To", "Hostile"), KeyValuePair.Create("Data.Reason", "Angry call")]);

        using var response = await http.PostFormAsync(path, fields);

        Assert.Contains("Someone else changed this record", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(LoyaltyLevel.Advocate, await App.WithDbAsync(db => db.Clients.Where(c => c.Id == clientId).Select(c => c.Loyalty).SingleAsync()));
    }
}
