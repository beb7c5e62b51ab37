namespace PromiseKeeper.Web.Infrastructure.Scheduling;

/// <summary>The "Scheduler" configuration section: how often every instance looks for time-driven work.</summary>
public sealed class SchedulerOptions
{
    public const string Section = "Scheduler";

    /// <summary>False: this instance does no time-driven work (others still may).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The pause between two rounds (environment: <c>Scheduler__Interval</c>, e.g. 00:01:00).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many items one transaction of a kind of work takes; a full batch makes the round run that kind again.</summary>
    public int BatchSize { get; set; } = 100;
}
