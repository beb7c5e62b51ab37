using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Audit;

public sealed class AppendOnlyTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task Add_waits_for_the_handlers_own_save_and_commits_together_with_its_change()
    {
        var lead = await App.CreateUserAsync(Roles.TeamLead, "Lee Lead");
        App.Clock.Now = FixedClock.Start.AddMinutes(3);

        var savedBeforeCommit = await App.AsUserAsync(lead, async services =>
        {
            var db = services.GetRequiredService<PromiseKeeperDbContext>();
            db.Clients.Add(Client.Create("Audited Client", LoyaltyLevel.Neutral, App.Clock.GetUtcNow()));
            services.GetRequiredService<IAuditLog>().Add(AuditAction.IncidentReassigned, "Moved from Sam to Alex.", "Incident 42", 42);
            var before = await App.WithDbAsync(other => other.AuditEntries.CountAsync());
            await db.SaveChangesAsync();
            return before;
        });

        Assert.Equal(0, savedBeforeCommit);
        var entry = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync());
        Assert.Equal(AuditAction.IncidentReassigned, entry.Action);
        Assert.Equal(lead.Id, entry.ActorId);
        Assert.Equal("Lee Lead", entry.ActorName);
        Assert.Equal("Incident 42", entry.Subject);
        Assert.Equal(42, entry.IncidentId);
        Assert.Equal("Moved from Sam to Alex.", entry.Details);
        Assert.Equal(App.Clock.Now, entry.OccurredAt);
        Assert.Equal(1, await App.WithDbAsync(db => db.Clients.CountAsync()));
    }

    [Fact]
    public async Task When_the_handlers_save_fails_its_audit_entry_is_not_written_either()
    {
        var lead = await App.CreateUserAsync(Roles.TeamLead);
        await App.AddClientAsync("Taken Name");

        await Assert.ThrowsAsync<DbUpdateException>(() => App.AsUserAsync(lead, async services =>
        {
            var db = services.GetRequiredService<PromiseKeeperDbContext>();
            services.GetRequiredService<IAuditLog>().Add(AuditAction.TeamChanged, "Renamed the team.");
            db.Clients.Add(Client.Create("Taken Name", LoyaltyLevel.Neutral, App.Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        }));

        Assert.Equal(0, await App.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task RecordAsync_saves_at_once_and_cuts_over_long_texts_instead_of_failing()
    {
        var legal = await App.CreateUserAsync(Roles.Legal, "Lou Legal");

        await App.AsUserAsync(legal, async services =>
        {
            await services.GetRequiredService<IAuditLog>().RecordAsync(
                AuditAction.ContractIncidentViewed, new string('d', 5000), new string('s', 500), incidentId: 7);
            return true;
        });

        var entry = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync());
        Assert.Equal(AuditAction.ContractIncidentViewed, entry.Action);
        Assert.Equal(legal.Id, entry.ActorId);
        Assert.Equal(7, entry.IncidentId);
        Assert.Equal(AuditEntry.DetailsMaxLength, entry.Details.Length);
        Assert.Equal(AuditEntry.SubjectMaxLength, entry.Subject!.Length);
    }

    [Fact]
    public async Task The_DbContext_refuses_to_save_a_changed_entry()
    {
        var id = await AddEntryAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => App.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.SingleAsync(e => e.Id == id);
            db.Entry(entry).Property(e => e.Details).CurrentValue = "Rewritten history.";
            return await db.SaveChangesAsync();
        }));

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        Assert.Equal("Original details.", await DetailsAsync(id));
    }

    [Fact]
    public async Task The_DbContext_refuses_to_delete_an_entry_in_sync_and_async_saves()
    {
        var id = await AddEntryAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => App.WithDbAsync(async db =>
        {
            db.AuditEntries.Remove(await db.AuditEntries.SingleAsync(e => e.Id == id));
            return await db.SaveChangesAsync();
        }));
        await Assert.ThrowsAsync<InvalidOperationException>(() => App.WithDbAsync(async db =>
        {
            db.AuditEntries.Remove(await db.AuditEntries.SingleAsync(e => e.Id == id));
            return db.SaveChanges();
        }));

        Assert.Equal("Original details.", await DetailsAsync(id));
    }

    [Theory]
    [InlineData("UPDATE \"AuditEntries\" SET \"Details\" = 'Rewritten history.'")]
    [InlineData("DELETE FROM \"AuditEntries\"")]
    [InlineData("DELETE FROM \"AuditEntries\" WHERE \"Id\" = -1")]
    public async Task The_database_refuses_update_and_delete_from_any_client(string sql)
    {
        var id = await AddEntryAsync();
        var connectionString = await App.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()));
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);

        var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
        Assert.StartsWith(AuditLogSql.ErrorMessage, error.MessageText, StringComparison.Ordinal);
        Assert.Equal("Original details.", await DetailsAsync(id));
    }

    [Fact]
    public async Task The_database_also_refuses_EFs_bulk_update_and_delete_which_bypass_SaveChanges()
    {
        var id = await AddEntryAsync();

        await Assert.ThrowsAsync<PostgresException>(() => App.WithDbAsync(db =>
            db.AuditEntries.ExecuteUpdateAsync(s => s.SetProperty(e => e.Details, "Rewritten history."))));
        await Assert.ThrowsAsync<PostgresException>(() => App.WithDbAsync(db => db.AuditEntries.ExecuteDeleteAsync()));

        Assert.Equal("Original details.", await DetailsAsync(id));
    }

    private Task<long> AddEntryAsync() =>
        App.WithDbAsync(async db =>
        {
            var entry = new AuditEntry
            {
                OccurredAt = App.Clock.GetUtcNow(),
                ActorName = "Someone",
                Action = AuditAction.UserChanged,
                Details = "Original details.",
            };
            db.AuditEntries.Add(entry);
            await db.SaveChangesAsync();
            return entry.Id;
        });

    private Task<string> DetailsAsync(long id) =>
        App.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Id == id).Select(e => e.Details).SingleAsync());
}
