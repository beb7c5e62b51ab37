using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Infrastructure.Hosting;

/// <summary>Tells the person who started the app where to open it and, with demo data, how to sign in.</summary>
internal static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var options = app.Services.GetRequiredService<IOptions<StartupOptions>>().Value;
        var lines = new List<string> { string.Empty, "PromiseKeeper is running." };
        lines.AddRange(addresses.Select(a => $"  Open {a} in your browser."));
        if (!string.IsNullOrWhiteSpace(options.MailInboxUrl))
        {
            lines.Add($"  Mail inbox: {options.MailInboxUrl} (every email the app sends lands there).");
        }
        if (options.SeedDemoData)
        {
            lines.Add($"  Demo logins (password for all: {DemoData.Password}):");
            lines.AddRange(DemoData.Users.Select(u => $"    {u.Email,-32} {u.Role,-15} {u.DisplayName}"));
        }

        lines.Add("  Press Ctrl+C to stop.");
        lines.Add(string.Empty);
        Console.WriteLine(string.Join(Environment.NewLine, lines));
    }
}
