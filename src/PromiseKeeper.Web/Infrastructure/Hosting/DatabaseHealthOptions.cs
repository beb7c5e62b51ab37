namespace PromiseKeeper.Web.Infrastructure.Hosting;

/// <summary>The "PromiseKeeper:Health" configuration section: when /health/ready calls the database degraded.</summary>
public sealed class DatabaseHealthOptions
{
    public const string Section = "PromiseKeeper:Health";

    /// <summary>A health query slower than this makes the database degraded.</summary>
    public int SlowAfterMilliseconds { get; set; } = 1000;

    /// <summary>A statement waiting on a lock for longer than this makes the database degraded.</summary>
    public int LockWaitSeconds { get; set; } = 2;
}
