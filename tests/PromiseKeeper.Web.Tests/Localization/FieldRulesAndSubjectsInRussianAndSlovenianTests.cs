using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Tests.Admin;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Localization;

/// <summary>
/// The web's own field rules (profile, team, user), the texts of static display helpers, and the audit log's subjects in
/// Russian and Slovenian.
/// </summary>
public sealed class FieldRulesAndSubjectsInRussianAndSlovenianTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task A_phone_number_with_letters_is_refused_in_russian()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        using var http = await App.CreateSignedInClientAsync(user);
        http.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", "ru");

        using var response = await http.PostPageAsync("/Account/Profile", null, ("Data.PhoneNumber", "call me"), ("Data.TimeZoneId", "Mars/Olympus"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("Введите номер цифрами, можно с пробелами и знаком + в начале, например +386 1 234 5678.", HttpForms.ValidationMessage(html, "Data.PhoneNumber"));
        Assert.Equal("«Mars/Olympus» — не часовой пояс из списка IANA. Выберите пояс из списка, например Europe/Ljubljana.", HttpForms.ValidationMessage(html, "Data.TimeZoneId"));
    }

    [Fact]
    public async Task A_team_without_a_name_and_a_user_with_a_malformed_email_are_refused_in_slovenian()
    {
        var admin = await App.CreateUserAsync(Roles.Admin);
        using var http = await App.CreateSignedInClientAsync(admin);
        http.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", "sl");

        using var team = await http.PostPageAsync("/Admin/Teams", null, ("Data.Name", "  "));
        using var user = await http.PostPageAsync("/Admin/Users/Create", null,
            ("Data.Email", "nora.lind"), ("Data.DisplayName", " "), ("Data.Password", "a-long-enough-password"));

        Assert.Equal("Vpišite ime ekipe.", HttpForms.ValidationMessage(await team.Content.ReadAsStringAsync(), "Data.Name"));
        var html = await user.Content.ReadAsStringAsync();
        Assert.Equal("Vpišite naslov v obliki ime@primer.si.", HttpForms.ValidationMessage(html, "Data.Email"));
        Assert.Equal("Vpišite ime, ki ga bodo videli sodelavci.", HttpForms.ValidationMessage(html, "Data.DisplayName"));
        Assert.Equal("Izberite vsaj eno vlogo.", HttpForms.ValidationMessage(html, "Data.Roles"));
    }

    [Fact]
    public async Task An_admin_cannot_take_away_their_own_admin_role_and_is_told_so_in_russian()
    {
        var admin = await App.CreateUserAsync(Roles.Admin, "Ada Admin");
        using var http = await App.CreateSignedInClientAsync(admin);
        http.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", "ru");
        var stamp = await App.WithDbAsync(db => db.Users.Where(u => u.Id == admin.Id).Select(u => u.ConcurrencyStamp).SingleAsync());

        using var response = await http.PostPageAsync($"/Admin/Users/{admin.Id}", null,
            ("Data.DisplayName", "Ada Admin"), ("Data.Roles", Roles.Legal), ("Data.ConcurrencyStamp", stamp ?? string.Empty));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            "Нельзя снять роль администратора с самого себя. Если её действительно нужно снять, попросите другого администратора.",
            HttpForms.ValidationMessage(await response.Content.ReadAsStringAsync(), "Data.Roles"));
    }

    [Fact]
    public async Task The_audit_log_names_users_and_teams_in_slovenian_and_keeps_what_was_stored()
    {
        var admin = await App.CreateUserAsync(Roles.Admin, "Ada Admin");
        await App.WithDbAsync(db => db.Users.Where(u => u.Id == admin.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.Language, "sl")));
        await App.AsUserAsync(admin, async services =>
        {
            var audit = services.GetRequiredService<IAuditLog>();
            audit.Add(AuditAction.TeamCreated, AuditTexts.TeamCreated("Key Accounts"), AuditSubject.Team("Key Accounts"));
            audit.Add(AuditAction.PasswordReset, AuditTexts.PasswordReset("Omar Haddad"), "User omar@tests.promisekeeper.test");
            audit.Add(AuditAction.UserChanged, "Imported from the old tool.", "Batch 12");
            return await services.GetRequiredService<PromiseKeeperDbContext>().SaveChangesAsync();
        });
        using var http = await App.CreateSignedInClientAsync(admin);

        var html = await http.GetHtmlAsync("/Audit");

        Assert.Contains(">Ekipa Key Accounts</span>", html, StringComparison.Ordinal);
        Assert.Contains(">Uporabnik omar@tests.promisekeeper.test</span>", html, StringComparison.Ordinal);
        Assert.Contains(">Batch 12</span>", html, StringComparison.Ordinal);
        var stored = await App.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == AuditAction.TeamCreated).Select(e => e.Subject).SingleAsync());
        Assert.Equal("Team Key Accounts", stored);
    }

    [Theory]
    [InlineData("en", "worth {0} to the client", "no money value", "Check the year: that date is outside the calendar the app works with.")]
    [InlineData("ru", "ценность для клиента: {0}", "без денежной ценности", "Проверьте год: эта дата выходит за пределы календаря, с которым работает приложение.")]
    [InlineData("sl", "vrednost za stranko: {0}", "brez denarne vrednosti", "Preverite leto: ta datum je zunaj koledarja, s katerim dela aplikacija.")]
    public void Option_values_and_time_messages_follow_the_readers_language_and_number_format(string language, string worth, string none, string year)
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            var culture = CultureInfo.GetCultureInfo(language);
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            var amount = string.Create(culture, $"{6000m:N2} EUR");

            Assert.Equal(string.Format(culture, worth, amount), OptionValueText.Phrase(new Money(6000m, "EUR")));
            Assert.Equal(none, OptionValueText.Phrase(null));
            Assert.Equal(char.ToUpper(none[0], culture) + none[1..], OptionValueText.Of(new Money(0m, "EUR")));
            Assert.Equal(year, TimeZones.SkippedMessage(new DateTime(9999, 12, 31, 10, 0, 0, DateTimeKind.Unspecified), "Europe/Ljubljana"));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }
}
