using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Hosting;

public sealed class LagTolerantReadsTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task Without_a_standby_the_lag_tolerant_reads_go_to_the_primary_untracked()
    {
        await App.AddClientAsync("Read Anywhere");
        var primary = new NpgsqlConnectionStringBuilder(App.Factory.Services.GetRequiredService<IConfiguration>().GetConnectionString("PromiseKeeper"));
        var reads = App.Factory.Services.GetRequiredService<LagTolerantReads>();

        await using var db = reads.Create();
        var names = await db.Clients.Select(c => c.Name).ToListAsync();

        Assert.Equal(primary.Database, new NpgsqlConnectionStringBuilder(reads.ConnectionString).Database);
        Assert.Equal(["Read Anywhere"], names);
        Assert.Equal(QueryTrackingBehavior.NoTracking, db.ChangeTracker.QueryTrackingBehavior);
    }

    [Fact]
    public async Task A_configured_standby_takes_the_lag_tolerant_reads()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration[$"ConnectionStrings:{LagTolerantReads.ConnectionStringName}"] = "Host=standby;Database=promisekeeper";
        LagTolerantReads.Add(builder, "Host=primary;Database=promisekeeper");
        await using var services = builder.Services.BuildServiceProvider();

        var settings = new NpgsqlConnectionStringBuilder(services.GetRequiredService<LagTolerantReads>().ConnectionString);

        Assert.Equal("standby", settings.Host);
        Assert.Equal(DatabaseConnectionString.CommandTimeoutSeconds, settings.CommandTimeout);
    }
}
