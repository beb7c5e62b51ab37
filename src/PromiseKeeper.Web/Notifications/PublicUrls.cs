namespace PromiseKeeper.Web.Notifications;

/// <summary>
/// Absolute links for emails: configuration <c>PromiseKeeper:PublicUrl</c> (the address people open the app at, e.g.
/// behind a proxy), else the current request's scheme, host and base path, else the first address the app listens on
/// (<c>--urls</c>; work done outside a request, e.g. the demo data), else <c>http://localhost</c>.
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
        if (request is { Host.HasValue: true })
        {
            return $"{request.Scheme}://{request.Host}{request.PathBase}";
        }

        var listening = configuration["urls"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return listening is null
            ? "http://localhost"
            : listening.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal)
                .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).Replace("://[::]", "://localhost", StringComparison.Ordinal);
    }
}
