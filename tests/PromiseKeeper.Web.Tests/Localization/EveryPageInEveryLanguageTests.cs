using Microsoft.Extensions.DependencyInjection;
using PromiseKeeper.Web.Infrastructure.Localization;
using PromiseKeeper.Web.Tests.Fixtures;
using PromiseKeeper.Web.Tests.Performance;

namespace PromiseKeeper.Web.Tests.Localization;

/// <summary>
/// Every page of the access table, opened in Russian and in Slovenian by someone who may see it, on data that makes it show
/// something, asks for no text that lacks a translation, shows no English (<see cref="EnglishLeftovers"/>), and says its
/// language in &lt;html lang&gt;.
/// </summary>
public sealed class EveryPageInEveryLanguageTests(WebAppFixture app) : WebAppTest(app)
{
    public static TheoryData<string, string> Rows()
    {
        var rows = new TheoryData<string, string>();
        foreach (var row in PageReadBudgetTests.GetRowNames())
        {
            rows.Add(row, "ru");
            rows.Add(row, "sl");
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task The_page_has_every_text_in_the_language(string row, string language)
    {
        var scenario = await ReadScenario.CreateAsync(App);
        var (user, path, status) = await PageReadBudgetTests.ArrangeAsync(scenario, row);
        using var http = user is null ? App.CreateHttpClient() : await App.CreateSignedInClientAsync(user);
        http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, response.StatusCode);
        var requested = new Uri(new Uri("http://localhost"), path).AbsolutePath;
        var missing = App.Factory.Services.GetRequiredService<MissingTranslations>().SeenOn(requested)
            .Where(m => m.StartsWith(language, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, $"{row} in {language} has texts without a translation:\n{string.Join("\n", missing)}");
        if (response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            Assert.Contains($"<html lang=\"{language}\"", html, StringComparison.Ordinal);
            var data = await App.WithDbAsync(EnglishLeftovers.StoredValuesAsync);
            var english = EnglishLeftovers.In(html, data);
            Assert.True(english.Count == 0, $"{row} in {language} still shows English:\n{string.Join("\n", english)}");
        }
    }
}
