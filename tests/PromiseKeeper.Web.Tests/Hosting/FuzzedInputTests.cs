using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Hosting;

/// <summary>Input a browser would never send still gets an answer, never an error page (5xx).</summary>
public sealed class FuzzedInputTests(WebAppFixture app) : WebAppTest(app)
{
    [Theory]
    [InlineData("/Clients?Search=%00")]
    [InlineData("/Clients?Search=a%00b")]
    [InlineData("/Incidents?Before=%00")]
    [InlineData("/Incidents?After=abc%00")]
    [InlineData("/Incidents?Stage=%00")]
    public async Task A_nul_byte_in_a_search_or_a_cursor_is_not_an_error(string path)
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        await App.AnIncident(owner).SaveAsync();
        using var http = await App.CreateSignedInClientAsync(owner);

        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.True((int)response.StatusCode < 500, $"{path} answered {(int)response.StatusCode}");
    }

    [Theory]
    [InlineData("Nope")]
    [InlineData("")]
    public async Task A_post_with_an_unknown_or_empty_handler_name_is_not_an_error(string handler)
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AnIncident(owner).AtStage(PlaybookStage.InternalRetro).SaveAsync();
        using var http = await App.CreateSignedInClientAsync(owner);
        var page = await http.GetStringAsync(new Uri($"/Incidents/{incident.Id}/Retro", UriKind.Relative));

        using var response = await http.PostFormAsync($"/Incidents/{incident.Id}/Retro?handler={handler}", [new(HttpForms.TokenField, HttpForms.AntiforgeryToken(page))]);

        Assert.True((int)response.StatusCode < 500, $"handler '{handler}' answered {(int)response.StatusCode}");
    }

    [Fact]
    public async Task A_checkbox_with_a_value_that_is_not_a_boolean_is_not_an_error()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AnIncident(owner).AtStage(PlaybookStage.ScheduleCall).SaveAsync();
        using var http = await App.CreateSignedInClientAsync(owner);
        var page = await http.GetStringAsync(new Uri($"/Incidents/{incident.Id}/WriteInstead", UriKind.Relative));

        using var response = await http.PostFormAsync($"/Incidents/{incident.Id}/WriteInstead",
        [
            new("Data.Version", HttpForms.InputValue(page, "Data.Version")!),
            new("Data.Reason", "Travelling"),
            new("Data.Message", "Hello Dana, can we talk?"),
            new("Data.Sent", "maybe"),
            new(HttpForms.TokenField, HttpForms.AntiforgeryToken(page)),
        ]);

        Assert.True((int)response.StatusCode < 500, $"answered {(int)response.StatusCode}");
    }
}
