namespace PromiseKeeper.Web.Notifications;

/// <summary>
/// Absolute links for emails: configuration <c>PromiseKeeper:PublicUrl</c> (the address people open the app at, e.g.
/// behind a proxy), else the current request's scheme, host and base path, else <c>http://localhost</c>.
/// </summary>
public sealed class PublicUrls(IConfiguration configuration, IHttpContextAccessor http)
{
    public const string Setting = "PromiseKeeper:PublicUrl";

    public string Absolute(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Base().TrimEnd('/') + path;
    }

    private string Base()
    {
        if (configuration[Setting] is { Length: > 0 } configured)
        {
            return configured;
        }

        var request = http.HttpContext?.Request;
        return request is { Host.HasValue: true } ? $"{request.Scheme}://{request.Host}{request.PathBase}" : "http://localhost";
    }
}
