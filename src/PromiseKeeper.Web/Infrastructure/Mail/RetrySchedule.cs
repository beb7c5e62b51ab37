namespace PromiseKeeper.Web.Infrastructure.Mail;

/// <summary>Exponential backoff: the first delay after the first failed attempt, doubling, never longer than the cap.</summary>
public sealed record RetrySchedule(TimeSpan First, TimeSpan Max)
{
    public TimeSpan DelayAfter(int attempts)
    {
        var doublings = Math.Clamp(attempts - 1, 0, 30);
        var delay = First.TotalSeconds * Math.Pow(2, doublings);
        return delay >= Max.TotalSeconds ? Max : TimeSpan.FromSeconds(delay);
    }
}
