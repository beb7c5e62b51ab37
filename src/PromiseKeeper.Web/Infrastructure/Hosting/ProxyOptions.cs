namespace PromiseKeeper.Web.Infrastructure.Hosting;

/// <summary>
/// The "PromiseKeeper:Proxy" configuration section: the reverse proxies whose X-Forwarded-For and X-Forwarded-Proto
/// the app believes. A request from any other address keeps its own address and scheme, whatever headers it sends.
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "PromiseKeeper:Proxy";

    /// <summary>Addresses of single proxies, e.g. "10.0.0.5".</summary>
    public List<string> KnownProxies { get; } = [];

    /// <summary>Networks of proxies in CIDR notation, e.g. "172.18.0.0/16" for a docker network.</summary>
    public List<string> KnownNetworks { get; } = [];
}
