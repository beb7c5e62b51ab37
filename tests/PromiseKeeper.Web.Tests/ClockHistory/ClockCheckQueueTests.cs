using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Clocks;
using PromiseKeeper.Web.ClockHistory;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.ClockHistory;

/// <summary>
/// The database queues an incident's clock check whenever the incident or its team's clock settings change, and the
/// sweep's scan reads the queue along its index.
/// </summary>
public sealed class ClockCheckQueueTests(WebAppFixture app) : ClockSweepTest(app)
{
    [Fact]
    public async Task Saving_an_incident_queues_it_at_its_last_change_and_a_later_save_brings_a_future_check_forward()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var id = await DiscoveredMondayAsync(owner, clientToldAt: Monday9.AddMinutes(15));
        Assert.Equal(Monday9.AddMinutes(30), await CheckAtAsync(id));
        await SweepAsync(Monday9.AddHours(9));
        Assert.Equal(HoldCallWarnsAt, await CheckAtAsync(id));

        var changedAt = Monday9.AddHours(10);
        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""UPDATE "Incidents" SET "LastChangedAt" = {changedAt} WHERE "Id" = {id}"""));

        Assert.Equal(changedAt, await CheckAtAsync(id));
    }

    [Fact]
    public async Task Saving_a_teams_clock_settings_requeues_its_open_incidents_and_no_other_teams()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var other = await App.CreateUserAsync(Roles.AccountManager, "Bea Novak", await App.AddTeamAsync("Other team"));
        var id = await DiscoveredMondayAsync(owner, clientToldAt: Monday9.AddMinutes(15));
        var otherId = await DiscoveredMondayAsync(other, clientToldAt: Monday9.AddMinutes(15));
        await SweepAsync(Monday9.AddHours(9));

        await App.WithDbAsync(async db =>
        {
            var settings = new TeamClockSettings { TeamId = owner.TeamId!.Value };
            var rules = TeamClockRules.Default;
            settings.TimeZoneId = "UTC";
            settings.WorkingDays = TeamClockSettings.DaysMask(rules.Calendar.Week.Days);
            settings.WorkStarts = new TimeOnly(9, 0);
            settings.WorkEnds = new TimeOnly(17, 0);
            (settings.TellClientDays, settings.HoldCallDays, settings.SendRecapDays, settings.SubmitRetroDays, settings.LegalReviewDays) = (1m, 5m, 1m, 10m, 2m);
            settings.WarnSharePercent = 50m;
            db.TeamClockSettings.Add(settings);
            await db.SaveChangesAsync();
        });

        Assert.Equal(Monday9.AddMinutes(30), await CheckAtAsync(id));
        Assert.Equal(HoldCallWarnsAt, await CheckAtAsync(otherId));
        await SweepAsync(Monday9.AddHours(9));
        // Five days to hold the call, warning at half of them: Wednesday 13:00.
        Assert.Equal(Monday9.AddDays(2).AddHours(4), await CheckAtAsync(id));
    }

    [Fact]
    public async Task The_sweeps_scan_reads_the_index_on_check_time()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var clientId = await App.AddClientAsync("Acme");
        await App.WithDbAsync(async db =>
        {
            db.Incidents.AddRange(Enumerable.Range(0, 2000).Select(_ => TestIncidents.Log(owner, clientId, Monday9, Monday9.AddMinutes(30))));
            await db.SaveChangesAsync();
            // Most checks lie ahead, as in a running system: a few are due at any moment.
            await db.Database.ExecuteSqlAsync($"""UPDATE "ClockChecks" SET "CheckAt" = {Monday9} + "IncidentId" % 1000 * interval '1 hour'""");
            await db.Database.ExecuteSqlAsync($"""ANALYZE "ClockChecks" """);
        });

        var plan = await App.WithDbAsync(async db =>
        {
            // The context's own connection, opened and closed through EF: the context is pooled and must get it back unharmed.
            await db.Database.OpenConnectionAsync();
            try
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = "EXPLAIN " + string.Format(
                    System.Globalization.CultureInfo.InvariantCulture, ClockSweep.DueChecksSql, "'2026-11-23T12:00:00Z'::timestamptz", ClockSweep.BatchSize);
                var lines = new List<string>();
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    lines.Add(reader.GetString(0));
                }

                return string.Join('\n', lines);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });

        Assert.Contains("IX_ClockChecks_CheckAt", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan", plan, StringComparison.Ordinal);
    }
}
