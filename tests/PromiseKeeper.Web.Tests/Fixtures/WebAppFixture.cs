using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Tests.Shared;
using PromiseKeeper.Web.Data;
using Respawn;
using Respawn.Graph;

namespace PromiseKeeper.Web.Tests.Fixtures;

[CollectionDefinition(Name)]
public sealed class WebAppCollection : ICollectionFixture<WebAppFixture>
{
    public const string Name = "PromiseKeeper web app";
}

/// <summary>A person who can sign in, as the tests created them.</summary>
public sealed record TestUser(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, int? TeamId = null)
{
    public const string Password = "correct-horse-battery-staple";

    /// <summary>The principal the login cookie would carry: id, name, display name, team and roles.</summary>
    public ClaimsPrincipal ToPrincipal()
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, Id),
            new(ClaimTypes.Name, Email),
            new(AppClaimTypes.DisplayName, DisplayName),
        };
        if (TeamId is { } teamId)
        {
            claims.Add(new Claim(AppClaimTypes.TeamId, teamId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        claims.AddRange(Roles.Select(role => new Claim(ClaimTypes.Role, role)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Test"));
    }
}

/// <summary>
/// One app and one fresh database for the whole test project; <see cref="ResetAsync"/> empties every
/// table (except the migration history and the roles) before each test.
/// </summary>
public sealed class WebAppFixture : IAsyncLifetime
{
    private const string DatabaseName = "promisekeeper_webtests";
    private int _userCounter;
    private string _connectionString = string.Empty;
    private Respawner? _respawner;
    private PromiseKeeperFactory? _factory;

    public FixedClock Clock { get; } = new();

    /// <summary>The test database's connection string (straight to the server).</summary>
    public string ConnectionString => _connectionString;

    public SqlCommandLog Sql { get; } = new();

    public PromiseKeeperFactory Factory => _factory ?? throw new InvalidOperationException("The fixture is not initialized.");

    public async Task InitializeAsync()
    {
        _connectionString = await TestDatabase.CreateFreshAsync(DatabaseName);
        _factory = new PromiseKeeperFactory(_connectionString, Clock, Sql);

        // Starting the host runs Program.cs, which migrates the database and creates the roles.
        _ = _factory.Server;

        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            // The data-protection keys stay too: every host of the run keeps the key ring it read once.
            TablesToIgnore = [new Table("public", "__EFMigrationsHistory"), new Table("public", "AspNetRoles"), new Table("public", "DataProtectionKeys")],
            // DELETE (in foreign-key order, as Respawn sorts them) is several times faster than TRUNCATE on tables this small.
            // The audit log is the exception: its trigger refuses DELETE (append-only), but not TRUNCATE,
            // which the tests, as the table's owner, may use. Nothing references it, so the order does not matter.
            FormatDeleteStatement = table => table.Name == AuditLogSql.Table
                ? $"TRUNCATE \"{table.Schema}\".\"{table.Name}\";"
                : $"DELETE FROM \"{table.Schema}\".\"{table.Name}\";",
        });
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>Empties the data tables and puts the clock back to <see cref="FixedClock.Start"/>.</summary>
    public async Task ResetAsync()
    {
        Clock.Now = FixedClock.Start;
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await _respawner!.ResetAsync(connection);
        // The clients went without a SaveChanges, so the app's in-memory list does not know.
        Factory.Services.GetRequiredService<ClientDirectory>().Invalidate();
        Factory.Services.GetRequiredService<SignInThrottle>().Clear();
    }

    public async Task<TestUser> CreateUserAsync(string role, string? displayName = null, int? teamId = null) =>
        await CreateUserAsync([role], displayName, teamId);

    /// <param name="teamId">
    /// The user's team. Account managers and team leads created without one join <see cref="DefaultTeamName"/>, so
    /// tests that are not about teams see the usual "a team lead oversees the account managers" setup; pass
    /// <see cref="NoTeam"/> for one without a team.
    /// </param>
    public async Task<TestUser> CreateUserAsync(IReadOnlyList<string> roles, string? displayName = null, int? teamId = null)
    {
        ArgumentNullException.ThrowIfNull(roles);
        if (teamId == NoTeam)
        {
            teamId = null;
        }
        else if (teamId is null && (roles.Contains(Roles.AccountManager) || roles.Contains(Roles.TeamLead)))
        {
            teamId = await DefaultTeamAsync();
        }

        var number = Interlocked.Increment(ref _userCounter);
        var email = $"user{number}@tests.promisekeeper.test";
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName ?? $"Test User {number}",
            TeamId = teamId,
        };

        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        Succeeded(await users.CreateAsync(user, TestUser.Password));
        Succeeded(await users.AddToRolesAsync(user, roles));
        return new TestUser(user.Id, email, user.DisplayName, roles, teamId);
    }

    /// <summary>Sends a command or query through the real mediator pipeline as <paramref name="user"/>.</summary>
    public async Task<T> SendAsync<T>(TestUser user, Func<IMediator, ValueTask<T>> send)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            User = user.ToPrincipal(),
            RequestServices = scope.ServiceProvider,
        };
        try
        {
            return await send(scope.ServiceProvider.GetRequiredService<IMediator>());
        }
        finally
        {
            scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = null;
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a request scope of its own as <paramref name="user"/>, like a handler
    /// does (the scope's services share one DbContext).
    /// </summary>
    public async Task<T> AsUserAsync<T>(TestUser user, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = new DefaultHttpContext { User = user.ToPrincipal(), RequestServices = scope.ServiceProvider };
        try
        {
            return await work(scope.ServiceProvider);
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    /// <summary>Runs <paramref name="work"/> on a DbContext of its own (not the one a handler used).</summary>
    public async Task<T> WithDbAsync<T>(Func<PromiseKeeperDbContext, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<PromiseKeeperDbContext>());
    }

    public Task WithDbAsync(Func<PromiseKeeperDbContext, Task> work) =>
        WithDbAsync(async db =>
        {
            await work(db);
            return true;
        });

    public Task<int> AddClientAsync(string name, LoyaltyLevel loyalty = LoyaltyLevel.Neutral, string language = "en") =>
        WithDbAsync(async db =>
        {
            var client = Client.Create(name, loyalty, Clock.GetUtcNow(), language);
            db.Clients.Add(client);
            await db.SaveChangesAsync();
            return client.Id;
        });

    /// <summary>Passed as a team id: the user has no team.</summary>
    public const int NoTeam = -1;

    public const string DefaultTeamName = "Test team";

    private async Task<int> DefaultTeamAsync() =>
        await WithDbAsync(db => db.Teams.Where(t => t.Name == DefaultTeamName).Select(t => (int?)t.Id).SingleOrDefaultAsync())
        ?? await AddTeamAsync(DefaultTeamName);

    public Task<int> AddTeamAsync(string name) =>
        WithDbAsync(async db =>
        {
            var team = new Team { Name = name, CreatedAt = Clock.GetUtcNow() };
            db.Teams.Add(team);
            await db.SaveChangesAsync();
            return team.Id;
        });

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (so tests can see them).</summary>
    public HttpClient CreateHttpClient() =>
        Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>GETs a page (expecting 200) and returns the SQL statements it sent and its HTML.</summary>
    public async Task<(IReadOnlyList<string> Sql, string Html)> GetCountingSqlAsync(HttpClient http, string path)
    {
        ArgumentNullException.ThrowIfNull(http);
        var probe = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add(SqlCommandLog.ProbeHeader, probe);
        using var response = await http.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return (Sql.CommandsFor(probe), await response.Content.ReadAsStringAsync());
    }

    /// <summary>A client signed in as <paramref name="user"/> through the real login form.</summary>
    public async Task<HttpClient> CreateSignedInClientAsync(TestUser user)
    {
        var client = CreateHttpClient();
        var response = await client.PostLoginAsync(user.Email, TestUser.Password);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static void Succeeded(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
}

/// <summary>Each test class in the collection starts from empty tables.</summary>
[Collection(WebAppCollection.Name)]
public abstract class WebAppTest(WebAppFixture app) : IAsyncLifetime
{
    protected WebAppFixture App { get; } = app;

    public Task InitializeAsync() => App.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
