using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Hosting;

public sealed class DatabaseConnectionStringTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task The_apps_database_connection_prepares_statements_and_skips_the_reset_on_close()
    {
        var configured = await App.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()));

        var settings = new NpgsqlConnectionStringBuilder(configured);
        Assert.Equal(DatabaseConnectionString.MaxAutoPrepare, settings.MaxAutoPrepare);
        Assert.True(settings.NoResetOnClose);
    }

    [Fact]
    public async Task The_apps_open_connection_carries_the_settings()
    {
        await using var scope = App.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PromiseKeeperDbContext>();
        await db.Database.OpenConnectionAsync();

        var connection = Assert.IsType<NpgsqlConnection>(db.Database.GetDbConnection());
        var settings = new NpgsqlConnectionStringBuilder(connection.ConnectionString);
        Assert.Equal(DatabaseConnectionString.MaxAutoPrepare, settings.MaxAutoPrepare);
        Assert.True(settings.NoResetOnClose);
        await db.Database.CloseConnectionAsync();
    }

    [Fact]
    public async Task The_apps_sessions_run_without_jit_compilation()
    {
        var jit = await App.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "SHOW jit";
            return (string?)await command.ExecuteScalarAsync();
        });

        Assert.Equal("off", jit);
    }

    [Fact]
    public void Session_options_in_the_configured_connection_string_win()
    {
        var settings = new NpgsqlConnectionStringBuilder(DatabaseConnectionString.WithAppDefaults("Host=db;Options=-c jit=on"));

        Assert.Equal("-c jit=on", settings.Options);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;No Reset On Close=false")]
    [InlineData("Host=db;MaxAutoPrepare=0;NoResetOnClose=false")]
    [InlineData("host=db;max auto prepare=0;no reset on close=false")]
    public void A_setting_in_the_configured_connection_string_wins(string configured)
    {
        var settings = new NpgsqlConnectionStringBuilder(DatabaseConnectionString.WithAppDefaults(configured));

        Assert.Equal(0, settings.MaxAutoPrepare);
        Assert.False(settings.NoResetOnClose);
        Assert.Equal("db", settings.Host);
    }

    [Fact]
    public void Other_settings_of_the_configured_connection_string_are_kept()
    {
        var settings = new NpgsqlConnectionStringBuilder(
            DatabaseConnectionString.WithAppDefaults("Host=db;Port=6543;Database=pk;Username=app;Password=secret;Maximum Pool Size=20"));

        Assert.Equal(("db", 6543, "pk", "app", "secret", 20), (settings.Host, settings.Port, settings.Database, settings.Username, settings.Password, settings.MaxPoolSize));
        Assert.Equal(DatabaseConnectionString.MaxAutoPrepare, settings.MaxAutoPrepare);
        Assert.True(settings.NoResetOnClose);
    }
}
