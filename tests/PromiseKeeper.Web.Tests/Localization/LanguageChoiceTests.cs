using System.Net;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Localization;

/// <summary>Which language the pages speak: the user's choice, else the browser's, else English; anything unknown is English.</summary>
public sealed class LanguageChoiceTests(WebAppFixture app) : WebAppTest(app)
{
    [Theory]
    [InlineData(null, "en")]
    [InlineData("ru", "ru")]
    [InlineData("sl-SI,sl;q=0.9,en;q=0.5", "sl")]
    [InlineData("ru-RU", "ru")]
    [InlineData("de-DE,fr;q=0.8", "en")]
    [InlineData("xx-YY", "en")]
    public async Task The_browser_s_language_decides_when_nobody_chose_one(string? acceptLanguage, string expected)
    {
        using var http = App.CreateHttpClient();
        if (acceptLanguage is not null)
        {
            http.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        using var response = await http.GetAsync(new Uri("/Account/Login", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<html lang=\"{expected}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("c=zz|uic=zz")]
    [InlineData("c=ru%00|uic=%%%")]
    [InlineData("garbage")]
    public async Task An_unknown_language_in_the_cookie_is_english_not_an_error(string cookie)
    {
        using var http = App.CreateHttpClient();
        http.DefaultRequestHeaders.Add("Cookie", $".AspNetCore.Culture={cookie}");

        using var response = await http.GetAsync(new Uri("/Account/Login", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"en\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_chosen_on_the_profile_wins_over_the_browser_s_from_the_next_page_on()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        using var http = await App.CreateSignedInClientAsync(user);
        http.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", "ru");

        using var saved = await PostProfileAsync(http, "sl");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("sl", await App.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.Language).SingleAsync()));
        var page = await http.GetStringAsync(new Uri("/Account/Profile", UriKind.Relative));
        Assert.Contains("<html lang=\"sl\"", page, StringComparison.Ordinal);
        Assert.Contains("Profil je shranjen. Čas je prikazan v pasu Europe/Ljubljana.", page, StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"h3\">Vaš profil</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<option selected=\"selected\" value=\"sl\">Slovenščina</option>", page, StringComparison.Ordinal);

        using var back = await PostProfileAsync(http, string.Empty);
        Assert.Null(await App.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.Language).SingleAsync()));
        Assert.Contains("<html lang=\"ru\"", await http.GetStringAsync(new Uri("/Account/Profile", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_language_on_the_profile_is_refused_with_a_message_and_nothing_is_lost()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        using var http = await App.CreateSignedInClientAsync(user);

        using var refused = await PostProfileAsync(http, "klingon");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Equal("Choose a language from the list.", HttpForms.ValidationMessage(html, "Data.Language"));
        Assert.Equal("+386 1 234 5678", HttpForms.InputValue(html, "Data.PhoneNumber"));
        Assert.Null(await App.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.Language).SingleAsync()));
    }

    private static async Task<HttpResponseMessage> PostProfileAsync(HttpClient http, string language)
    {
        var token = await http.GetAntiforgeryTokenAsync("/Account/Profile");
        return await http.PostFormAsync("/Account/Profile",
        [
            new("Data.PhoneNumber", "+386 1 234 5678"),
            new("Data.TimeZoneId", "Europe/Ljubljana"),
            new("Data.Language", language),
            new(HttpForms.TokenField, token),
        ]);
    }
}
