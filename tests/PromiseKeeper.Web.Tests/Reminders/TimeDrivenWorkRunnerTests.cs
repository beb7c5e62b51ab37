using Microsoft.AspNetCore.TestHost;
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
