using System.Net;
using System.Text.RegularExpressions;

namespace PromiseKeeper.Web.Tests.Fixtures;

/// <summary>Reading the app's HTML and posting its forms the way a browser would.</summary>
public static partial class HttpForms
{
    public const string TokenField = "__RequestVerificationToken";

    /// <summary>Opens the login page, then posts the login form with its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostLoginAsync(this HttpClient client, string email, string password)
    {
        var token = await client.GetAntiforgeryTokenAsync("/Account/Login");
        return await client.PostFormAsync("/Account/Login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            [TokenField] = token,
        });
    }

    public static async Task<string> GetAntiforgeryTokenAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return AntiforgeryToken(await response.Content.ReadAsStringAsync());
    }

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    public static string AntiforgeryToken(string html)
    {
        var input = Tag(html, "input", TokenField) ?? throw new InvalidOperationException("The page has no antiforgery token.");
        return Attribute(input, "value") ?? throw new InvalidOperationException("The antiforgery token has no value.");
    }

    /// <summary>The text of the validation message shown for a field (empty when there is none).</summary>
    /// <remarks>A field's message element is written only when it has a message, so the field itself must be on the page.</remarks>
    public static string ValidationMessage(string html, string field)
    {
        var match = Regex.Match(
            html,
            $"<span[^>]*data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>(?<text>.*?)</span>",
            RegexOptions.Singleline);
        if (match.Success)
        {
            return WebUtility.HtmlDecode(match.Groups["text"].Value).Trim();
        }

        Assert.True(
            Regex.IsMatch(html, $"<(input|select|textarea)\\b[^>]*\\bname=\"{Regex.Escape(field)}\"", RegexOptions.Singleline),
            $"The page has no field named {field}.");
        return string.Empty;
    }

    /// <summary>The messages of the page-level validation summary.</summary>
    public static IReadOnlyList<string> SummaryMessages(string html)
    {
        var summary = Regex.Match(html, "<div[^>]*validation-summary-errors[^>]*>(?<body>.*?)</div>", RegexOptions.Singleline);
        if (!summary.Success)
        {
            return [];
        }

        return Regex.Matches(summary.Groups["body"].Value, "<li>(?<text>.*?)</li>", RegexOptions.Singleline)
            .Select(m => WebUtility.HtmlDecode(m.Groups["text"].Value).Trim())
            .Where(text => text.Length > 0)
            .ToList();
    }

    /// <summary>The value an input named <paramref name="name"/> shows.</summary>
    public static string? InputValue(string html, string name)
    {
        var input = Tag(html, "input", name);
        Assert.True(input is not null, $"The page has no input named {name}.");
        return Attribute(input, "value");
    }

    public static string TextareaValue(string html, string name)
    {
        var match = Regex.Match(html, $"<textarea[^>]*name=\"{Regex.Escape(name)}\"[^>]*>(?<text>.*?)</textarea>", RegexOptions.Singleline);
        Assert.True(match.Success, $"The page has no textarea named {name}.");
        return WebUtility.HtmlDecode(match.Groups["text"].Value).Trim();
    }

    /// <summary>The value of the selected option of the select named <paramref name="name"/>, if any.</summary>
    public static string? SelectedOption(string html, string name)
    {
        var select = Regex.Match(html, $"<select[^>]*name=\"{Regex.Escape(name)}\"[^>]*>(?<options>.*?)</select>", RegexOptions.Singleline);
        Assert.True(select.Success, $"The page has no select named {name}.");
        var selected = Regex.Match(select.Groups["options"].Value, "<option(?=[^>]*selected=\"selected\")[^>]*>", RegexOptions.Singleline);
        return selected.Success ? Attribute(selected.Value, "value") : null;
    }

    private static string? Tag(string html, string element, string name) =>
        Regex.Match(html, $"<{element}\\b[^>]*\\bname=\"{Regex.Escape(name)}\"[^>]*>", RegexOptions.Singleline) is { Success: true } m
            ? m.Value
            : null;

    private static string? Attribute(string tag, string attribute) =>
        Regex.Match(tag, $"\\s{attribute}=\"(?<value>[^\"]*)\"") is { Success: true } m
            ? WebUtility.HtmlDecode(m.Groups["value"].Value)
            : null;
}
