using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Web.Pages.Account;
using PromiseKeeper.Web.Tests.Admin;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Localization;

/// <summary>The sign-in page, error pages, Identity's and model binding's messages in Russian and Slovenian.</summary>
public sealed class FrameAndFormsLanguageTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task The_login_page_and_its_messages_are_russian_for_a_russian_browser()
    {
        using var http = App.CreateHttpClient();
        http.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", "ru-RU,ru;q=0.9");

        var page = await http.GetStringAsync(new Uri("/Account/Login", UriKind.Relative));
        using var refused = await http.PostLoginAsync("nobody@tests.promisekeeper.test", "not-the-password-at-all");

        Assert.Contains("<title>Войти · PromiseKeeper</title>", page, StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"h3 mb-3\">Вход в PromiseKeeper</h1>", page, StringComparison.Ordinal);
        Assert.Contains(">Перейти к основному содержанию</a>", page, StringComparison.Ordinal);
        Assert.Equal(
            ["Эти адрес электронной почты и пароль не подходят ни к одной действующей учётной записи."],
            HttpForms.SummaryMessages(await refused.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_weak_password_on_the_create_user_form_is_refused_in_slovenian()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        using var http = await App.CreateSignedInClientAsync(admin);
        http.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", "sl");

        using var tooShort = await PostNewUserAsync(http, "tooshort");
        using var common = await PostNewUserAsync(http, "Password123456");

        Assert.Equal("Geslo mora imeti vsaj 12 znakov.", HttpForms.ValidationMessage(await tooShort.Content.ReadAsStringAsync(), "Data.Password"));
        Assert.StartsWith("To geslo je med najpogosteje uporabljenimi", HttpForms.ValidationMessage(await common.Content.ReadAsStringAsync(), "Data.Password"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_that_is_not_a_number_is_refused_in_russian()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        using var http = await App.CreateSignedInClientAsync(admin);
        http.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", "ru");

        using var response = await http.PostPageAsync("/Admin/Users/Create", null,
            ("Data.Email", "nora.lind@tests.promisekeeper.test"),
            ("Data.DisplayName", "Nora Lind"),
            ("Data.Roles", Roles.Legal),
            ("Data.TeamId", "двенадцать"),
            ("Data.Password", "a-long-enough-password"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Значение «двенадцать» здесь не подходит; проверьте формат.",
            HttpForms.ValidationMessage(await response.Content.ReadAsStringAsync(), "Data.TeamId"));
    }

    [Fact]
    public async Task An_unknown_address_is_a_slovenian_404_page()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        using var http = await App.CreateSignedInClientAsync(user);
        http.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", "sl-SI");

        using var response = await http.GetAsync(new Uri("/no/such/page", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1 class=\"h3\">Strani ni mogoče najti</h1>", html, StringComparison.Ordinal);
        Assert.Contains(">Nazaj na začetno stran</a>", html, StringComparison.Ordinal);
        Assert.Contains(">Odjava</button>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru", 1, "1 минуту")]
    [InlineData("ru", 3, "3 минуты")]
    [InlineData("ru", 5, "5 минут")]
    [InlineData("sl", 1, "1 minuto")]
    [InlineData("sl", 2, "2 minuti")]
    [InlineData("sl", 4, "4 minute")]
    [InlineData("sl", 15, "15 minut")]
    [InlineData("en", 1, "1 minute")]
    [InlineData("en", 15, "15 minutes")]
    public void The_wait_before_the_next_sign_in_counts_minutes_in_the_reader_s_language(string language, int minutes, string expected)
    {
        var localizer = App.Factory.Services.GetRequiredService<IStringLocalizer<LoginModel>>();
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new(language);
            Assert.Equal(expected, SignInWait.Describe(TimeSpan.FromMinutes(minutes), localizer));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }

    private static Task<HttpResponseMessage> PostNewUserAsync(HttpClient http, string password) =>
        http.PostPageAsync("/Admin/Users/Create", null,
            ("Data.Email", "weak@tests.promisekeeper.test"),
            ("Data.DisplayName", "Weak Password"),
            ("Data.Roles", Roles.Legal),
            ("Data.Password", password));
}
