using System.Net;
using System.Net.Http.Headers;
using PromiseKeeper.Web.Tests.Authorization;
using PromiseKeeper.Web.Tests.Fixtures;
using PromiseKeeper.Web.Tests.Performance;

namespace PromiseKeeper.Web.Tests.Hosting;

/// <summary>
/// Every form of every POST in the authorization table (<see cref="PageAccessTable"/>), filled validly as in
/// <see cref="PageWriteCases"/>, then each field in turn replaced by values a browser would not send, and the form posted
/// to a missing and an unknown handler: no answer may be an error page (5xx).
/// </summary>
public sealed class FuzzedFormsTests(WebAppFixture app) : WebAppTest(app)
{
    // Few, to keep the run short: each stands for a family (text a number or a date cannot take stands for every binding error).
    private static readonly string[] BadValues =
    [
        new string('x', RequestLimits.MaxFormValueBytes + 10),
        "a\0b",
        "a\u0001\u001F\u202Eb\u2066",
        "maybe",
        "0001-01-01",
        "9999-12-31T23:59",
        "",
    ];

    public static TheoryData<string> PostRows()
    {
        var rows = new TheoryData<string>();
        foreach (var handler in PageAccessTable.Handlers.Where(h => h.Method == "POST"))
        {
            rows.Add(handler.ToString());
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(PostRows))]
    public async Task No_bad_value_in_any_field_and_no_wrong_handler_gets_an_error_page(string row)
    {
        var writeCase = await PageWriteCases.Rows[row](App);
        using var http = writeCase.User is { } user ? await App.CreateSignedInClientAsync(user) : App.CreateHttpClient();
        var fields = await ValidFieldsAsync(http, writeCase);
        Assert.NotNull(fields);
        var errors = new List<string>();

        foreach (var action in WrongHandlers(writeCase.Action))
        {
            using var response = await PostAsync(http, writeCase, action, fields);
            if ((int)response.StatusCode >= 500)
            {
                errors.Add($"{action} answered {(int)response.StatusCode}");
            }
        }

        foreach (var name in fields.Select(f => f.Key).Distinct().ToList())
        {
            foreach (var value in BadValues)
            {
                var mutated = fields.Select(f => f.Key == name ? new KeyValuePair<string, string>(name, value) : f).ToList();
                using var response = await PostAsync(http, writeCase, writeCase.Action, mutated);
                if ((int)response.StatusCode >= 500)
                {
                    errors.Add($"{name} = {Describe(value)} answered {(int)response.StatusCode}");
                }
                else if (response.StatusCode == HttpStatusCode.Redirect)
                {
                    // Accepted (the value is a fine one here): the record changed, so continue from a fresh form, if any.
                    fields = await ValidFieldsAsync(http, writeCase);
                    if (fields is null)
                    {
                        Assert.True(errors.Count == 0, $"{row}:\n{string.Join("\n", errors)}");
                        return;
                    }
                }
            }
        }

        Assert.True(errors.Count == 0, $"{row}:\n{string.Join("\n", errors)}");
    }

    /// <summary>The form as its page renders it with the case's valid input over it; null when the page no longer shows it.</summary>
    private static async Task<List<KeyValuePair<string, string>>?> ValidFieldsAsync(HttpClient http, WriteCase writeCase)
    {
        if (writeCase.Page is null)
        {
            return [];
        }

        using var page = await http.GetAsync(new Uri(writeCase.Page, UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        if (page.StatusCode != HttpStatusCode.OK)
        {
            return null;
        }

        List<KeyValuePair<string, string>> form;
        try
        {
            form = HtmlForm.Fields(html, writeCase.Page, writeCase.Action);
        }
        catch (InvalidOperationException)
        {
            return null;
        }

        var typed = writeCase.Input.Select(f => f.Key).ToHashSet();
        return [.. form.Where(f => !typed.Contains(f.Key)), .. writeCase.Input];
    }

    /// <summary>The action without its handler name, and with an unknown one.</summary>
    private static IEnumerable<string> WrongHandlers(string action)
    {
        var path = action.Split('?')[0];
        if (path != action)
        {
            yield return path;
        }

        yield return $"{path}?handler=Nope";
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, WriteCase writeCase, string action, List<KeyValuePair<string, string>> fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(action, UriKind.Relative)) { Content = Content(writeCase, fields) };
        return await http.SendAsync(request);
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

    private static string Describe(string value) =>
        value.Length > 40 ? $"{value.Length} characters" : System.Text.Json.JsonSerializer.Serialize(value);
}
