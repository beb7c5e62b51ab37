using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace PromiseKeeper.Web.Tests.Fixtures;

/// <summary>
/// The test server has no socket, so requests arrive without a remote address. This gives each one the
/// address a real connection would have: <see cref="DefaultAddress"/>, or the one in <see cref="Header"/>.
/// </summary>
public sealed class TestClientAddressStartupFilter : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    /// <summary>An address from the documentation range (RFC 5737): it stands for "some client".</summary>
    public static readonly IPAddress DefaultAddress = IPAddress.Parse("203.0.113.10");

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress ??=
                IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address) ? address : DefaultAddress;
            return nextMiddleware(context);
        });
        next(app);
    };
}
