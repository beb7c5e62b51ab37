using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Faults;

/// <summary>A transaction holds a table locked: PostgreSQL answers, but nothing that reads the table gets through.</summary>
public sealed class HungDatabaseTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task A_page_stuck_behind_a_lock_answers_503_within_five_seconds_and_ready_says_degraded()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        using var http = await App.CreateSignedInClientAsync(user);
        var connectionString = App.Factory.Services.GetRequiredService<IConfiguration>().GetConnectionString("PromiseKeeper");
        await using var holder = new NpgsqlConnection(connectionString);
        await holder.OpenAsync();
        await using var transaction = await holder.BeginTransactionAsync();
        await using (var lockTable = new NpgsqlCommand("LOCK TABLE \"Incidents\" IN ACCESS EXCLUSIVE MODE", holder, transaction))
        {
            await lockTable.ExecuteNonQueryAsync();
        }

        // A reader waiting behind the lock all along, for the health check to see.
        await using var waiter = new NpgsqlConnection(connectionString);
        await waiter.OpenAsync();
        await using var wait = new NpgsqlCommand("SELECT count(*) FROM \"Incidents\"", waiter) { CommandTimeout = 30 };
        var waiting = wait.ExecuteScalarAsync();
        try
        {
            var timer = Stopwatch.StartNew();
            using var page = await http.GetAsync(new Uri("/Incidents", UriKind.Relative));
            var took = timer.Elapsed;
            using var ready = await http.GetAsync(new Uri(HealthEndpoints.Ready, UriKind.Relative));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.True(took < TimeSpan.FromSeconds(5), $"The page took {took.TotalSeconds:0.0} s.");
            Assert.Equal(TimeSpan.FromSeconds(DatabaseUnavailable.RetryAfterSeconds), page.Headers.RetryAfter?.Delta);
            Assert.Contains("The database is not answering", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            using var json = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
            Assert.Equal("Degraded", json.RootElement.GetProperty("status").GetString());
        }
        finally
        {
            await transaction.RollbackAsync();
            await waiting;
        }
    }

    [Fact]
    public async Task A_playbook_form_posted_behind_a_lock_answers_503_within_five_seconds()
    {
        var user = await App.CreateUserAsync(Roles.AccountManager);
        var id = (await App.AnIncident(user).SaveAsync()).Id;
        using var http = await App.CreateSignedInClientAsync(user);
        var path = $"/Incidents/{id}/Origin";
        var token = await http.GetAntiforgeryTokenAsync(path);
        await using var holder = new NpgsqlConnection(App.ConnectionString);
        await holder.OpenAsync();
        await using var transaction = await holder.BeginTransactionAsync();
        await using (var lockTable = new NpgsqlCommand("LOCK TABLE \"Incidents\" IN ACCESS EXCLUSIVE MODE", holder, transaction))
        {
            await lockTable.ExecuteNonQueryAsync();
        }

        try
        {
            var timer = Stopwatch.StartNew();
            using var posted = await http.PostFormAsync(path, [new(HttpForms.TokenField, token), new("Data.Findings", "Typed while a lock was held")]);
            var took = timer.Elapsed;

            // The save waits on the lock for the command timeout (3 s); the page around the form then gets half a second.
            Assert.Equal(HttpStatusCode.ServiceUnavailable, posted.StatusCode);
            Assert.True(took < TimeSpan.FromSeconds(5), $"The answer took {took.TotalSeconds:0.0} s.");
            Assert.NotNull(posted.Headers.RetryAfter);
        }
        finally
        {
            await transaction.RollbackAsync();
        }
    }
}
