using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Infrastructure.Localization;

namespace PromiseKeeper.Web.Infrastructure.Hosting;

/// <summary>
/// Tells the person who started the app where to open it and, with demo data, how to sign in, in the language of the
/// process's UI culture (from <c>LANG</c> / <c>LC_ALL</c>; English when it is none of the app's languages).
/// </summary>
internal static class StartupBanner
{
    private static readonly IStringLocalizer L = ResourceTexts.For(typeof(StartupBanner));

    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var options = app.Services.GetRequiredService<IOptions<StartupOptions>>().Value;
        Console.WriteLine(string.Join(Environment.NewLine, Lines(addresses, options)));
    }

    /// <summary>The banner's lines, in the current UI culture.</summary>
    internal static IReadOnlyList<string> Lines(IEnumerable<string> addresses, StartupOptions options)
    {
        var lines = new List<string> { string.Empty, L["PromiseKeeper is running."] };
        lines.AddRange(addresses.Select(a => "  " + L["Open {0} in your browser.", a]));
        if (!string.IsNullOrWhiteSpace(options.MailInboxUrl))
        {
            lines.Add("  " + L["Mail inbox: {0} (every email the app sends lands there).", options.MailInboxUrl]);
        }

        if (options.SeedDemoData)
        {
            lines.Add("  " + L["Demo logins (password for all: {0}):", DemoData.Password]);
            lines.AddRange(DemoData.Users.Select(u => $"    {u.Email,-32} {u.Role,-21} {u.DisplayName}"));
        }

        lines.Add("  " + L["Press Ctrl+C to stop."]);
        lines.Add(string.Empty);
        return lines;
    }
}
