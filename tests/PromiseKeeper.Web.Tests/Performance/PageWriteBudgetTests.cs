using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using PromiseKeeper.Web.Tests.Authorization;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Performance;

/// <summary>
/// Every POST of the app, posted as a browser would (form from its page, antiforgery token, the SQL probe header),
/// sends at most the statements <see cref="PageWriteBudgets"/> allows: valid, from an outdated form, and with refused input.
/// </summary>
public sealed partial class PageWriteBudgetTests(WebAppFixture app) : WebAppTest(app)
{
    // The words of every "changed by someone else" message (records, users).
    private const string ConflictMessage = "Someone else changed this ";

    public static TheoryData<string> PostRows()
    {
        var rows = new TheoryData<string>();
        foreach (var handler in PageAccessTable.Handlers.Where(h => h.Method == "POST"))
        {
            rows.Add(handler.ToString());
        }

        return rows;
    }

    [Fact]
    public void Every_post_of_the_access_table_has_a_budget_and_a_case_and_nothing_else_has()
    {
        var posts = PageAccessTable.Handlers.Where(h => h.Method == "POST").Select(h => h.ToString()).Order().ToList();

        Assert.Equal(posts, PageWriteBudgets.Rows.Keys.Order());
        Assert.Equal(posts, PageWriteCases.Rows.Keys.Order());
    }

    [Fact]
    public void A_playbook_or_review_post_may_send_at_most_three_statements()
    {
        // The access check, the load of what the command changes, one SaveChanges with the change and its audit entry.
        var overBudget = PageAccessTable.Handlers
            .Where(h => h is { Method: "POST", Target: RouteTarget.Incident })
            .Select(h => h.ToString())
            .Where(row => Budget(row).Valid > 3)
            .ToList();

        Assert.Empty(overBudget);
    }

    [Theory]
    [MemberData(nameof(PostRows))]
    public async Task A_valid_post_stays_in_its_budget(string row)
    {
        var budget = Budget(row);
        var (writeCase, http, form) = await OpenFormAsync(row);

        var (response, html, sql) = await PostCountingAsync(http, writeCase, Typed(form, writeCase.Input));

        Assert.True(response.StatusCode == writeCase.Answer, $"{row} answered {(int)response.StatusCode} {response.Headers.Location}:\n{Excerpt(html)}");
        if (writeCase.Answer == HttpStatusCode.Redirect)
        {
            var location = response.Headers.Location?.OriginalString ?? string.Empty;
            Assert.DoesNotMatch("ReturnUrl=|/Account/AccessDenied|/Error", location);
        }

        AssertWithin(budget.Valid, sql, $"{row}, valid");
    }

    [Theory]
    [MemberData(nameof(PostRows))]
    public async Task A_post_from_an_outdated_form_shows_the_form_again_within_its_budget(string row)
    {
        var budget = Budget(row);
        var (writeCase, http, form) = await OpenFormAsync(row);
        var version = form.FindIndex(f => f.Key.EndsWith(".Version", StringComparison.Ordinal) || f.Key == "Data.ConcurrencyStamp");
        if (version < 0)
        {
            Assert.True(budget.Conflict is null, $"{row}: its form carries no version, so it has no conflict budget.");
            return;
        }

        Assert.True(budget.Conflict is not null, $"{row}: its form carries a version; give it a conflict budget.");
        var fields = Typed(form, writeCase.Input);
        var versionField = form[version].Key;
        fields.RemoveAll(f => f.Key == versionField);
        fields.Add(new(versionField, Outdated(form[version].Value)));

        var (response, html, sql) = await PostCountingAsync(http, writeCase, fields);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{row} answered {(int)response.StatusCode} {response.Headers.Location}:\n{Excerpt(html)}");
        Assert.Contains(ConflictMessage, html, StringComparison.Ordinal);
        AssertWithin(budget.Conflict.Value, sql, $"{row}, outdated form");
    }

    [Theory]
    [MemberData(nameof(PostRows))]
    public async Task A_post_with_refused_input_shows_the_form_again_within_its_budget(string row)
    {
        var budget = Budget(row);
        var (writeCase, http, form) = await OpenFormAsync(row);
        if (writeCase.Invalid is null)
        {
            Assert.True(budget.Invalid is null, $"{row}: its case has no refused input, so it has no budget for one.");
            return;
        }

        Assert.True(budget.Invalid is not null, $"{row}: its case has refused input; give it a budget.");

        var (response, html, sql) = await PostCountingAsync(http, writeCase, Typed(form, writeCase.Invalid));

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{row} answered {(int)response.StatusCode} {response.Headers.Location}:\n{Excerpt(html)}");
        Assert.Matches(ErrorShown(), html);
        AssertWithin(budget.Invalid.Value, sql, $"{row}, refused input");
    }

    private static WriteBudget Budget(string row) =>
        PageWriteBudgets.Rows.TryGetValue(row, out var budget) ? budget : throw new Xunit.Sdk.XunitException($"{row} has no budget in {nameof(PageWriteBudgets)}.");

    /// <summary>Sets the case up, signs its user in and reads the fields of the form as its page renders it.</summary>
    private async Task<(WriteCase Case, HttpClient Http, List<KeyValuePair<string, string>> Form)> OpenFormAsync(string row)
    {
        var writeCase = await PageWriteCases.Rows[row](App);
        var http = writeCase.User is { } user ? await App.CreateSignedInClientAsync(user) : App.CreateHttpClient();
        if (writeCase.Page is null)
        {
            return (writeCase, http, []);
        }

        using var page = await http.GetAsync(new Uri(writeCase.Page, UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"{row}: {writeCase.Page} answered {(int)page.StatusCode}.");
        return (writeCase, http, HtmlForm.Fields(html, writeCase.Page, writeCase.Action));
    }

    /// <summary>The rendered fields with <paramref name="typed"/> over them (a typed name replaces every rendered field of that name).</summary>
    private static List<KeyValuePair<string, string>> Typed(List<KeyValuePair<string, string>> form, IReadOnlyList<KeyValuePair<string, string>> typed)
    {
        var names = typed.Select(f => f.Key).ToHashSet();
        return [.. form.Where(f => !names.Contains(f.Key)), .. typed];
    }

    private async Task<(HttpResponseMessage Response, string Html, IReadOnlyList<string> Sql)> PostCountingAsync(
        HttpClient http, WriteCase writeCase, List<KeyValuePair<string, string>> fields)
    {
        var probe = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(writeCase.Action, UriKind.Relative)) { Content = Content(writeCase, fields) };
        request.Headers.Add(SqlCommandLog.ProbeHeader, probe);
        var response = await http.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync(), App.Sql.CommandsFor(probe));
    }

    private static HttpContent Content(WriteCase writeCase, List<KeyValuePair<string, string>> fields)
    {
        if (writeCase.File is not { } file)
        {
            return new FormUrlEncodedContent(fields);
        }

        var multipart = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            multipart.Add(new StringContent(value), name);
        }

        var bytes = new ByteArrayContent(file.Bytes);
        bytes.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
        multipart.Add(bytes, file.Field, file.FileName);
        return multipart;
    }

    /// <summary>A version other than the one the form was rendered from.</summary>
    private static string Outdated(string version) =>
        uint.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? (number - 1).ToString(CultureInfo.InvariantCulture)
            : Guid.NewGuid().ToString();

    private static void AssertWithin(int budget, IReadOnlyList<string> sql, string what) =>
        Assert.True(
            sql.Count <= budget,
            $"{what}: {sql.Count} statements, budget {budget}:\n{string.Join("\n---\n", sql)}");

    private static string Excerpt(string html) => html.Length <= 3000 ? html : html[..3000];

    [GeneratedRegex("id=\"form-errors\"|validation-summary-errors|aria-invalid=\"true\"|field-validation-error")]
    private static partial Regex ErrorShown();
}
