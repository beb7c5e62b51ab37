using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PromiseKeeper.Web.Notifications;
using PromiseKeeper.Web.Reminders;
using PromiseKeeper.Web.Tests.Fixtures;
using static PromiseKeeper.Web.Tests.Reminders.ReminderSeed;

namespace PromiseKeeper.Web.Tests.Reminders;

/// <summary>
/// The scans of the time-driven work read their partial index of what is still to do, not the history: with thousands
/// of rows already done or reminded (and the statistics up to date), each plan names its index and reads no table whole.
/// </summary>
public sealed class ScanPlanTests(WebAppFixture app) : WebAppTest(app)
{
    private const int History = 4000;
    private static readonly DateTimeOffset Now = Utc(2026, 11, 26, 10);

    [Fact]
    public async Task Each_scan_uses_its_partial_index()
    {
        await SeedHistoryAsync();
        var teams = await App.WithDbAsync(db => TeamReminderTimes.LoadAsync(db, CancellationToken.None));

        await AssertUsesAsync(MeasureDueSoonReminders.ClaimSql(teams.CutoffsBy(t => t.LatestDueSoonBy(Now)), 100), "IX_PreventionMeasures_DueSoonToRemind", "PreventionMeasures");
        await AssertUsesAsync(MeasureOverdueReminders.ClaimSql(teams.CutoffsBy(t => t.LatestOverdueBy(Now)), 100), "IX_PreventionMeasures_OverdueToRemind", "PreventionMeasures");
        await AssertUsesAsync(CheckInDueReminders.ClaimSql(teams.CutoffsBy(t => t.LatestCheckInDueBy(Now)), 100), "IX_CheckIns_DueToRemind", "CheckIns");
        await AssertUsesAsync(DailyDigest.WaitingSql(), "IX_Notifications_DigestPending", "Notifications");
    }

    private async Task SeedHistoryAsync()
    {
        var am = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AnIncident(am).SaveAsync();
        await App.AddMeasureAsync(incident.Id, "Due now", new DateOnly(2026, 11, 24));
        await App.AddCheckInAsync(incident.Id, "Due now", new DateOnly(2026, 11, 26));
        await App.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "PreventionMeasures" ("Id", "IncidentId", "Description", "Owner", "DueOn", "Status", "DueSoonRemindedAt", "OverdueRemindedAt")
                SELECT gen_random_uuid(), {incident.Id}, 'Old ' || g, 'Delivery lead', DATE '2026-01-01' + g % 320,
                       CASE WHEN g % 2 = 0 THEN 'Done' ELSE 'Planned' END, {Now}, {Now}
                FROM generate_series(1, {History}) AS g
                """);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "CheckIns" ("Id", "IncidentId", "PlannedOn", "Topic", "IsDone", "DueRemindedAt")
                SELECT gen_random_uuid(), {incident.Id}, DATE '2026-01-01' + g % 320, 'Old ' || g, g % 2 = 0, {Now}
                FROM generate_series(1, {History}) AS g
                """);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Notifications" ("RecipientId", "Kind", "IncidentId", "ActorName", "CreatedAt", "Email", "EmailQueuedAt")
                SELECT {am.Id}, 'RetroApproved', {incident.Id}, 'Lee Lead', {Now} - g * interval '1 minute',
                       CASE WHEN g % 2 = 0 THEN 'Digest' ELSE 'AtOnce' END, {Now}
                FROM generate_series(1, {History}) AS g
                """);
            db.Set<Notification>().Add(new Notification
            {
                RecipientId = am.Id, Kind = NotificationKind.RetroApproved, IncidentId = incident.Id, ActorName = "Lee Lead",
                CreatedAt = Now.AddHours(-3), Email = NotificationEmail.Digest,
            });
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync("""ANALYZE "PreventionMeasures", "CheckIns", "Notifications", "Incidents", "AspNetUsers" """);
        });
    }

    private async Task AssertUsesAsync(FormattableString statement, string index, string table)
    {
        var plan = await ExplainAsync(statement);
        Assert.Contains(index, plan, StringComparison.Ordinal);
        Assert.DoesNotContain($"Seq Scan on \"{table}\"", plan, StringComparison.Ordinal);
    }

    /// <summary>EXPLAIN of the statement as the work sends it, with its values as parameters.</summary>
    private async Task<string> ExplainAsync(FormattableString statement)
    {
        var connectionString = App.Factory.Services.GetRequiredService<IConfiguration>().GetConnectionString("PromiseKeeper")!;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var arguments = statement.GetArguments();
        var text = statement.Format;
        for (var i = arguments.Length - 1; i >= 0; i--)
        {
            text = text.Replace("{" + i + "}", "$" + (i + 1), StringComparison.Ordinal);
        }

        await using var command = new NpgsqlCommand("EXPLAIN " + text, connection);
        foreach (var argument in arguments)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = argument });
        }

        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join("\n", lines);
    }
}
