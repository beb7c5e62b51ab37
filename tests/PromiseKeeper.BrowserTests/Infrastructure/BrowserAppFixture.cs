using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PromiseKeeper.Tests.Shared;
using PromiseKeeper.Web.Tests.Mail;

namespace PromiseKeeper.BrowserTests.Infrastructure;

/// <summary>
/// One app and one browser for the whole run: the web app on a real Kestrel port (127.0.0.1, a free
/// port) against a fresh PostgreSQL database with migrations and demo data, and the system Chromium
/// driven by Playwright. Tests open their own browser context, so each starts without cookies.
/// The app delivers its email to <see cref="Mail"/>, a real SMTP server in the test process (the one the web tests use).
/// </summary>
public sealed class BrowserAppFixture : IAsyncLifetime
{
    /// <summary>Overrides the Chromium executable; otherwise <c>chromium</c> is looked up on PATH.</summary>
    public const string ChromiumVariable = "PROMISEKEEPER_CHROMIUM";

    private const string DatabaseName = "promisekeeper_browsertests";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    private AppFactory? _factory;
    private TestSmtpServer? _mail;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private HtmlChecker? _htmlChecker;

    /// <summary>The app's address, e.g. http://127.0.0.1:43017 (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The mail server the app sends to: every message it accepted, to wait for and read.</summary>
    public TestSmtpServer Mail => _mail ?? throw new InvalidOperationException("The mail server has not started.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    /// <summary>The Nu Html Checker that every page the tests visit is checked with.</summary>
    public HtmlChecker HtmlChecker => _htmlChecker ?? throw new InvalidOperationException("The Nu Html Checker has not started.");

    /// <summary>The app's services, for tests that set up their own data (an incident at a given stage).</summary>
    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The app has not started.");

    public async Task InitializeAsync()
    {
        // The checker's JVM takes seconds to load its schemas: let it start while the app does.
        var htmlChecker = HtmlChecker.StartAsync();
        try
        {
            await StartAppAndBrowserAsync();
        }
        catch
        {
            await StopAsync(htmlChecker);
            throw;
        }

        _htmlChecker = await htmlChecker;
    }

    private async Task StartAppAndBrowserAsync()
    {
        var connectionString = await TestDatabase.CreateFreshAsync(DatabaseName);
        _mail = await TestSmtpServer.StartAsync();

        _factory = new AppFactory(connectionString, _mail.Port);
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseUrl = ListeningAddress(_factory.Services);

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = FindChromium(),
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>Stops a checker that was still starting when the app failed, so no JVM outlives the run.</summary>
    private static async Task StopAsync(Task<HtmlChecker> starting)
    {
        try
        {
            await (await starting).DisposeAsync();
        }
        catch (InvalidOperationException)
        {
            // It failed to start as well; the app's error is the one to report.
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_htmlChecker is not null)
        {
            await _htmlChecker.DisposeAsync();
        }

        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_mail is not null)
        {
            await _mail.DisposeAsync();
        }
    }

    /// <summary>
    /// A second instance of the app on a real Kestrel port, on <paramref name="connectionString"/> (the same database, e.g.
    /// through a relay a test switches off); it neither migrates nor seeds. Sign-ins work on both: the keys are in the database.
    /// </summary>
    public (WebApplicationFactory<Program> Instance, string BaseUrl) StartAnotherInstance(string connectionString)
    {
        var instance = new AppFactory(connectionString, Mail.Port, primary: false);
        instance.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        instance.StartServer();
        return (instance, ListeningAddress(instance.Services));
    }

    private static string ListeningAddress(IServiceProvider services)
    {
        var addresses = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel did not report the address it listens on.");
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Kestrel does not listen on 127.0.0.1 (addresses: {string.Join(", ", addresses)}).");
        return address.TrimEnd('/');
    }

    private static string FindChromium()
    {
        var configured = Environment.GetEnvironmentVariable(ChromiumVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"{ChromiumVariable} is set to '{configured}', which does not exist.");
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, "chromium");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            "The browser tests need the system Chromium and found no 'chromium' on PATH. Install it " +
            $"(Debian: apt-get install -y chromium; scripts/test.sh does this), or set {ChromiumVariable} to its executable.");
    }

    private sealed class AppFactory(string connectionString, int smtpPort, bool primary = true) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("ConnectionStrings:PromiseKeeper", connectionString);
            builder.UseSetting("PromiseKeeper:ApplyMigrationsOnStartup", primary ? "true" : "false");
            builder.UseSetting("PromiseKeeper:SeedDemoData", primary ? "true" : "false");
            // The pages are checked as the demo data leaves them, not as reminders written meanwhile change them.
            builder.UseSetting("Scheduler:Enabled", "false");
            // Nearly every test signs the same demo user in from the same address, faster than the production limits allow.
            builder.UseSetting("PromiseKeeper:SignIn:AttemptsPerAddress", "100000");
            builder.UseSetting("PromiseKeeper:SignIn:AttemptsPerAccount", "100000");
            builder.UseSetting("Mail:Host", "127.0.0.1");
            builder.UseSetting("Mail:Port", smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Mail:Security", "None");
            builder.UseSetting("Mail:FromAddress", "promisekeeper@example.test");
            builder.UseSetting("Mail:PollInterval", "00:00:00.200");
            // Keep the test output readable: the app's request log is not needed here.
            builder.UseSetting("Serilog:MinimumLevel:Default", primary ? "Warning" : "Fatal");
            builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore.Database.Command", "Warning");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserAppFixture>
{
    public const string Name = "Browser";
}
