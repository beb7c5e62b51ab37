using PromiseKeeper.Web.Notifications;
using PromiseKeeper.Web.Reminders;

namespace PromiseKeeper.Web.Infrastructure.Scheduling;

public static class SchedulingSetup
{
    /// <summary>
    /// The runner of time-driven work with its <see cref="SchedulerOptions"/> from the "Scheduler" section of
    /// <paramref name="configuration"/>, and the reminders and the daily digest it runs.
    /// </summary>
    public static IServiceCollection AddTimeDrivenWork(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SchedulerOptions>()
            .Bind(configuration.GetSection(SchedulerOptions.Section))
            .Validate(o => o.Interval > TimeSpan.Zero && o.Interval <= TimeSpan.FromDays(1), "Scheduler:Interval must be positive and at most one day (e.g. 00:01:00).")
            .Validate(o => o.BatchSize is > 0 and <= 1000, "Scheduler:BatchSize must be between 1 and 1000.")
            .ValidateOnStart();
        services.AddSingleton<TimeDrivenWorkRunner>();
        services.AddHostedService(provider => provider.GetRequiredService<TimeDrivenWorkRunner>());
        services.AddScoped<ReminderWriter>();
        services.AddScoped<ITimeDrivenWork, MeasureDueSoonReminders>();
        services.AddScoped<ITimeDrivenWork, MeasureOverdueReminders>();
        services.AddScoped<ITimeDrivenWork, CheckInDueReminders>();
        services.AddScoped<DigestMails>();
        services.AddScoped<ITimeDrivenWork, DailyDigest>();
        return services;
    }
}
