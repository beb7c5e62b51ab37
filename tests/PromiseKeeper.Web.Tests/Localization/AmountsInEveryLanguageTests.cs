using System.Net;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Tests.Incidents.Playbook;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Localization;

/// <summary>An amount typed the way a Russian, Slovenian or English reader writes it is stored as they meant it.</summary>
public sealed class AmountsInEveryLanguageTests(WebAppFixture app) : WebAppTest(app)
{
    [Theory]
    [InlineData("ru", "1 500,50", "20,5")]
    [InlineData("sl", "1.500,50", "20,5")]
    [InlineData("sl", "1500.50", "20.5")]
    [InlineData("en", "1,500.50", "20.5")]
    public async Task An_option_s_amounts_are_read_in_the_reader_s_way(string language, string value, string cost)
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ResearchAlternatives);
        using var http = await App.CreateSignedInClientAsync(owner);
        http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var page = await http.GetStringAsync(new Uri($"/Incidents/{incident.Id}/Alternatives", UriKind.Relative));

        using var response = await http.PostFormAsync($"/Incidents/{incident.Id}/Alternatives",
        [
            new("Data.Version", HttpForms.InputValue(page, "Data.Version")!),
            new("Data.Kind", "Discount"),
            new("Data.Description", "A discount on the next invoice"),
            new("Data.ClientDescription", "A discount on your next invoice"),
            new("Data.ValueToClientAmount", value),
            new("Data.ValueToClientCurrency", "EUR"),
            new("Data.CostToUsAmount", cost),
            new("Data.CostToUsCurrency", "EUR"),
            new(HttpForms.TokenField, HttpForms.AntiforgeryToken(page)),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var option = Assert.Single((await App.ReadAsync(incident.Id)).Options);
        Assert.Equal((new Money(1500.50m, "EUR"), new Money(20.5m, "EUR")), (option.ValueToClient, option.CostToUs));
    }

    [Fact]
    public async Task An_amount_that_reads_as_nothing_is_refused_on_its_field_and_kept()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ResearchAlternatives);
        using var http = await App.CreateSignedInClientAsync(owner);
        var page = await http.GetStringAsync(new Uri($"/Incidents/{incident.Id}/Alternatives", UriKind.Relative));

        using var response = await http.PostFormAsync($"/Incidents/{incident.Id}/Alternatives",
        [
            new("Data.Version", HttpForms.InputValue(page, "Data.Version")!),
            new("Data.Kind", "Discount"),
            new("Data.Description", "A discount on the next invoice"),
            new("Data.ClientDescription", "A discount on your next invoice"),
            new("Data.ValueToClientAmount", "1,2,3"),
            new("Data.ValueToClientCurrency", "EUR"),
            new(HttpForms.TokenField, HttpForms.AntiforgeryToken(page)),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("\"1,2,3\" is not valid here; check the format.", System.Net.WebUtility.HtmlDecode(HttpForms.ValidationMessage(html, "Data.ValueToClientAmount")));
        Assert.Equal("1,2,3", HttpForms.InputValue(html, "Data.ValueToClientAmount"));
        Assert.Empty((await App.ReadAsync(incident.Id)).Options);
    }
}
