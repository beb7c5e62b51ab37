using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PromiseKeeper.Web.Tests.Fixtures;

/// <summary>
/// The app on a real Kestrel port (same database, clock and SQL log as the in-memory one), for what only Kestrel
/// does: request size limits, response headers it adds itself.
/// </summary>
public static class KestrelApp
{
    /// <summary>Starts it; dispose the factory to stop it. <c>Address</c> is its base address.</summary>
    public static (PromiseKeeperFactory Factory, Uri Address) Start(WebAppFixture app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var connectionString = app.Factory.Services.GetRequiredService<IConfiguration>().GetConnectionString("PromiseKeeper")!;
        var kestrel = new PromiseKeeperFactory(connectionString, app.Clock, app.Sql);
        kestrel.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        kestrel.StartServer();
        var address = kestrel.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return (kestrel, new Uri(address));
    }
}
