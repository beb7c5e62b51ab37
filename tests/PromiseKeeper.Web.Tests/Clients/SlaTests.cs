using System.Net;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Clocks;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Tests.Admin;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Clients;

/// <summary>/Clients/{id}/Sla: team leads and admins set a client's own response targets over the team's.</summary>
public sealed class SlaTests(WebAppFixture app) : WebAppTest(app)
{
    private static string PathOf(int clientId) => $"/Clients/{clientId}/Sla";

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient http, string path, string html, params (string Name, string Value)[] typed)
    {
        var fields = HtmlForm.Fields(html, path, path);
        var names = typed.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        fields.RemoveAll(f => names.Contains(f.Key));
        fields.AddRange(typed.Select(t => KeyValuePair.Create(t.Name, t.Value)));
        return await http.PostFormAsync(path, fields);
    }

    [Fact]
    public async Task A_lead_sets_two_targets_the_rest_stay_the_teams_and_the_change_is_audited()
    {
        var clientId = await App.AddClientAsync("Globex");
        var lead = await App.CreateUserAsync(Roles.TeamLead, "Lea Lead");
        using var http = await App.CreateSignedInClientAsync(lead);
        var html = await http.GetHtmlAsync(PathOf(clientId));
        Assert.Equal(string.Empty, HttpForms.InputValue(html, "Data.TellClientDays") ?? string.Empty);

        using var response = await SubmitAsync(http, PathOf(clientId), html, ("Data.TellClientDays", "0.5"), ("Data.LegalReviewDays", "1"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var client = await App.WithDbAsync(db => db.Clients.AsNoTracking().SingleAsync(c => c.Id == clientId));
        Assert.Equal(
            new Dictionary<ClockKind, decimal?>
            {
                [ClockKind.TellClient] = 0.5m, [ClockKind.HoldCall] = null, [ClockKind.SendRecap] = null, [ClockKind.SubmitRetro] = null, [ClockKind.LegalReview] = 1m,
            },
            client.SlaDays());
        var audit = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == AuditAction.ClientSlaChanged));
        Assert.Equal("Client Globex", audit.Subject);
        Assert.Equal(
            "Saved the SLA of the client Globex: targets in working days (tell the client / call / recap / retro / legal review): 0.5 / - / - / - / 1; a dash keeps the team's target.",
            audit.Details);
        var after = await http.GetHtmlAsync(PathOf(clientId));
        Assert.Contains("The SLA of Globex is saved.", after, StringComparison.Ordinal);
        Assert.Equal("0.5", HttpForms.InputValue(after, "Data.TellClientDays"));
    }

    [Fact]
    public async Task A_zero_or_negative_target_is_named_next_to_its_field_and_nothing_is_saved()
    {
        var clientId = await App.AddClientAsync("Globex");
        var admin = await App.CreateUserAsync(Roles.Admin);
        using var http = await App.CreateSignedInClientAsync(admin);
        var html = await http.GetHtmlAsync(PathOf(clientId));

        using var response = await SubmitAsync(http, PathOf(clientId), html, ("Data.TellClientDays", "0"), ("Data.HoldCallDays", "-2"), ("Data.SendRecapDays", "abc"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal("A target must be more than zero working days.", HttpForms.ValidationMessage(page, "Data.TellClientDays"));
        Assert.Equal("A target must be more than zero working days.", HttpForms.ValidationMessage(page, "Data.HoldCallDays"));
        Assert.NotEmpty(HttpForms.ValidationMessage(page, "Data.SendRecapDays"));
        Assert.Equal("-2", HttpForms.InputValue(page, "Data.HoldCallDays"));
        var client = await App.WithDbAsync(db => db.Clients.AsNoTracking().SingleAsync(c => c.Id == clientId));
        Assert.All(client.SlaDays().Values, Assert.Null);
        Assert.False(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditAction.ClientSlaChanged)));
    }

    [Theory]
    [InlineData(Roles.AccountManager)]
    [InlineData(Roles.Legal)]
    public async Task Account_managers_and_legal_may_not_open_or_save_it(string role)
    {
        var clientId = await App.AddClientAsync("Globex");
        using var http = await App.CreateSignedInClientAsync(await App.CreateUserAsync(role));

        using var get = await http.GetAsync(new Uri(PathOf(clientId), UriKind.Relative));
        var token = await http.GetAntiforgeryTokenAsync("/Account/Profile");
        using var post = await http.PostFormAsync(PathOf(clientId), [new("Data.TellClientDays", "0.5"), new(HttpForms.TokenField, token)]);

        Assert.True(Refused(get), $"GET answered {get.StatusCode}.");
        Assert.True(Refused(post), $"POST answered {post.StatusCode}.");
        var client = await App.WithDbAsync(db => db.Clients.AsNoTracking().SingleAsync(c => c.Id == clientId));
        Assert.Null(client.TellClientDays);
    }

    private static bool Refused(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.Location()?.Contains("/Account/AccessDenied", StringComparison.Ordinal) == true);

    [Fact]
    public async Task The_page_speaks_russian_and_slovenian()
    {
        var clientId = await App.AddClientAsync("Globex");
        using var http = await App.CreateSignedInClientAsync(await App.CreateUserAsync(Roles.TeamLead));
        http.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", "ru");
        var russian = await http.GetHtmlAsync(PathOf(clientId));
        http.DefaultRequestHeaders.Remove("Accept-Language");
        http.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", "sl");
        var slovenian = await http.GetHtmlAsync(PathOf(clientId));

        Assert.Contains("SLA клиента Globex", russian, StringComparison.Ordinal);
        Assert.Contains("SLA stranke Globex", slovenian, StringComparison.Ordinal);
    }
}
