using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PromiseKeeper.Web.Infrastructure.Scheduling;
using PromiseKeeper.Web.Notifications;
using PromiseKeeper.Web.Tests.Fixtures;
using PromiseKeeper.Web.Tests.Mail;
using static PromiseKeeper.Web.Tests.Reminders.ReminderSeed;

namespace PromiseKeeper.Web.Tests.Reminders;

/// <summary>The runner goes on round after round when a kind of work fails, and refuses settings that cannot work.</summary>
public sealed class TimeDrivenWorkRunnerTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task A_failing_kind_of_work_is_logged_and_the_others_still_run_round_after_round()
    {
        App.Clock.Now = Utc(2026, 11, 24, 10);
        var am = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AnIncident(am).SaveAsync();
        await App.AddCheckInAsync(incident.Id, "Confirm the date", new DateOnly(2026, 11, 24));
        var failures = new FailureCount();
        await using var instance = App.Factory.WithWebHostBuilder(builder => builder
            .UseSetting("Scheduler:Enabled", "true")
            .UseSetting("Scheduler:Interval", "00:00:00.050")
            .ConfigureTestServices(services =>
            {
                services.AddSingleton(failures);
                // First in the round, so the others run after it fails.
                services.Insert(0, ServiceDescriptor.Scoped<ITimeDrivenWork, FailingWork>());
            }));
        var runner = instance.Services.GetRequiredService<TimeDrivenWorkRunner>();

        await Outbox.WaitUntilAsync(() => Task.FromResult(runner.RoundsFinished >= 3), "three rounds have finished");

        Assert.True(failures.Count >= 3, $"The failing work ran {failures.Count} times.");
        // The clock sweep (registered after the failing work) tells the incident's clocks too: only reminders counted here.
        var reminder = Assert.Single(await App.NotificationsAsync(), n => n.Kind is not (NotificationKind.ClockWarning or NotificationKind.ClockBreached));
        Assert.Equal((NotificationKind.CheckInDue, am.Id), (reminder.Kind, reminder.RecipientId));
    }

    [Fact]
    public async Task Work_may_run_statements_longer_than_a_page_may_and_leaves_the_pages_timeout_as_it_was()
    {
        var slow = new SlowStatementResult();
        await using var instance = App.Factory.WithWebHostBuilder(builder => builder
            .UseSetting("Scheduler:Enabled", "true")
            .UseSetting("Scheduler:Interval", "00:00:00.050")
            .ConfigureTestServices(services =>
            {
                services.AddSingleton(slow);
                services.Insert(0, ServiceDescriptor.Scoped<ITimeDrivenWork, SlowStatementWork>());
            }));
        var runner = instance.Services.GetRequiredService<TimeDrivenWorkRunner>();

        await Outbox.WaitUntilAsync(() => Task.FromResult(runner.RoundsFinished >= 1), "a round has finished");

        // 3.5 s is over the connection string's 3 s (DatabaseConnectionString.CommandTimeoutSeconds) for pages.
        Assert.Equal(1, slow.Succeeded);
        await using var scope = instance.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PromiseKeeper.Web.Data.PromiseKeeperDbContext>();
        Assert.Null(db.Database.GetCommandTimeout());
    }

    [Theory]
    [InlineData("Interval", "00:00:00")]
    [InlineData("Interval", "2.00:00:00")]
    [InlineData("BatchSize", "0")]
    [InlineData("BatchSize", "1001")]
    public void Settings_that_cannot_work_are_refused_at_start(string key, string value)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"Scheduler:{key}"] = value })
            .Build();
        using var services = new ServiceCollection().AddLogging().AddTimeDrivenWork(configuration).BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SchedulerOptions>>().Value);
    }

    private sealed class FailureCount
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Add() => Interlocked.Increment(ref _count);
    }

    private sealed class SlowStatementResult
    {
        private int _succeeded;

        public int Succeeded => Volatile.Read(ref _succeeded);

        public void Add() => Interlocked.Increment(ref _succeeded);
    }

    /// <summary>Work with one statement of 3.5 s, once.</summary>
    private sealed class SlowStatementWork(PromiseKeeper.Web.Data.PromiseKeeperDbContext db, SlowStatementResult result) : ITimeDrivenWork
    {
        public string Name => "Slow statement";

        public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken)
        {
            if (result.Succeeded == 0)
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_sleep(3.5)", cancellationToken);
                result.Add();
            }

            return 0;
        }
    }

    /// <summary>Work whose database is down, as far as the runner can tell.</summary>
    private sealed class FailingWork(FailureCount failures) : ITimeDrivenWork
    {
        public string Name => "Failing work";

        public Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken)
        {
            failures.Add();
            throw new InvalidOperationException("The database is down.");
        }
    }
}
