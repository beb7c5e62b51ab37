using System.Net;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Admin;

/// <summary>Posting the admin pages' forms as a browser would: token from the page, then the fields (names may repeat).</summary>
internal static class AdminForms
{
    public static async Task<HttpResponseMessage> PostPageAsync(
        this HttpClient http, string path, string? handler, params (string Name, string Value)[] fields)
    {
        var token = await http.GetAntiforgeryTokenAsync(path);
        var target = handler is null ? path : $"{path}?handler={handler}";
        return await http.PostFormAsync(
            target,
            fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create(HttpForms.TokenField, token)));
    }

    public static async Task<string> GetHtmlAsync(this HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public static string? Location(this HttpResponseMessage response)
    {
        var location = response.Headers.Location;
        return location is null ? null : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }
}
