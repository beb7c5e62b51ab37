using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PromiseKeeper.Domain.Clocks;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Infrastructure.Scheduling;
using PromiseKeeper.Web.Notifications;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Reminders;

/// <summary>Measures, check-ins and team calendars written straight to the database, and the time-driven work run by hand.</summary>
internal static class ReminderSeed
{
    public const string Ljubljana = "Europe/Ljubljana";

    /// <summary>The team works Monday to Friday 09:00-17:00 in <paramref name="zone"/> (UTC+1 in November and December).</summary>
    public static Task WorksInAsync(this WebAppFixture app, int teamId, string zone) =>
        app.WithDbAsync(async db =>
        {
            db.TeamClockSettings.Add(WorkingWeekIn(teamId, zone));
            await db.SaveChangesAsync();
        });

    /// <summary>The settings of <see cref="WorksInAsync"/>, for a test that writes them itself.</summary>
    public static TeamClockSettings WorkingWeekIn(int teamId, string zone) => new()
    {
        TeamId = teamId,
        TimeZoneId = zone,
        WorkingDays = TeamClockSettings.DaysMask(WorkingWeek.DefaultDays),
        WorkStarts = WorkingWeek.DefaultStart,
        WorkEnds = WorkingWeek.DefaultEnd,
        TellClientDays = 1,
        HoldCallDays = 3,
        SendRecapDays = 1,
        SubmitRetroDays = 10,
        LegalReviewDays = 2,
        WarnSharePercent = 75,
    };

    public static Task<Guid> AddMeasureAsync(this WebAppFixture app, long incidentId, string description, DateOnly dueOn, TestUser? owner = null)
    {
        var id = Guid.CreateVersion7();
        return app.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "PreventionMeasures" ("Id", "IncidentId", "Description", "Owner", "OwnerId", "DueOn", "Status")
                VALUES ({id}, {incidentId}, {description}, {owner?.DisplayName ?? "Delivery lead"}, {owner?.Id}, {dueOn}, 'Planned')
                """);
            return id;
        });
    }

    public static Task<Guid> AddCheckInAsync(this WebAppFixture app, long incidentId, string topic, DateOnly plannedOn, TestUser? owner = null)
    {
        var id = Guid.CreateVersion7();
        return app.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "CheckIns" ("Id", "IncidentId", "PlannedOn", "Topic", "IsDone", "OwnerId")
                VALUES ({id}, {incidentId}, {plannedOn}, {topic}, false, {owner?.Id})
                """);
            return id;
        });
    }

    /// <summary>Runs one batch of the registered work of type <typeparamref name="TWork"/> at <paramref name="now"/>, in a scope of its own.</summary>
    public static async Task<int> RunAsync<TWork>(this WebAppFixture app, DateTimeOffset now)
        where TWork : ITimeDrivenWork
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var work = scope.ServiceProvider.GetServices<ITimeDrivenWork>().OfType<TWork>().Single();
        return await work.RunOnceAsync(now, CancellationToken.None);
    }

    /// <summary>Every notification, as (kind, recipient, incident, reason), ordered.</summary>
    public static Task<List<(NotificationKind Kind, string RecipientId, long? IncidentId, string? Reason)>> NotificationsAsync(this WebAppFixture app) =>
        app.WithDbAsync(async db => (await db.Notifications().AsNoTracking().ToListAsync())
            .Select(n => (n.Kind, n.RecipientId, n.IncidentId, n.Reason))
            .Order()
            .ToList());

    public static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
