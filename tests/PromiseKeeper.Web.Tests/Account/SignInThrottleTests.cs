using System.Net;
using Microsoft.Extensions.Options;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Account;

/// <summary>The wait after repeated failures, counted per account and address (no database, no web).</summary>
public sealed class SignInThrottleTests
{
    private static readonly IPAddress Here = IPAddress.Parse("198.51.100.5");
    private readonly FixedClock _clock = new();
    private readonly SignInThrottle _throttle;

    public SignInThrottleTests() => _throttle = new SignInThrottle(Options.Create(new SignInAttemptOptions()), _clock);

    [Fact]
    public void The_wait_starts_at_the_fifth_failure_doubles_with_each_further_one_and_stops_at_an_hour()
    {
        var waits = new List<TimeSpan?>();
        for (var failure = 1; failure <= 12; failure++)
        {
            waits.Add(_throttle.RecordFailure("kim@example.test", Here));
            _clock.Now += TimeSpan.FromHours(2);
        }

        Assert.Equal(
            [null, null, null, null, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(8),
             TimeSpan.FromMinutes(16), TimeSpan.FromMinutes(32), TimeSpan.FromHours(1), TimeSpan.FromHours(1)],
            waits);
    }

    [Fact]
    public void Failures_count_for_one_account_and_address_together_ignoring_case_and_a_success_forgets_them()
    {
        for (var failure = 1; failure <= 5; failure++)
        {
            _throttle.RecordFailure("Kim@Example.test", Here);
        }

        Assert.NotNull(_throttle.WaitBeforeNextAttempt("kim@example.test ", Here));
        Assert.Null(_throttle.WaitBeforeNextAttempt("kim@example.test", IPAddress.Parse("198.51.100.6")));
        Assert.Null(_throttle.WaitBeforeNextAttempt("pat@example.test", Here));

        _throttle.RecordSuccess("kim@example.test", Here);

        Assert.Null(_throttle.WaitBeforeNextAttempt("kim@example.test", Here));
    }

    [Fact]
    public void Failures_are_forgotten_a_day_after_the_last_one()
    {
        for (var failure = 1; failure <= 4; failure++)
        {
            _throttle.RecordFailure("kim@example.test", Here);
        }

        _clock.Now += TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1);

        Assert.Null(_throttle.RecordFailure("kim@example.test", Here));
    }

    [Fact]
    public void Only_the_failure_that_starts_a_lockout_tells_the_owner_and_a_new_lockout_tells_again_after_an_hour()
    {
        Assert.Equal([5], FailuresThatTellTheOwner(8, TimeSpan.FromHours(2)));

        _throttle.RecordSuccess("kim@example.test", Here);
        Assert.Equal([5], FailuresThatTellTheOwner(5, TimeSpan.Zero));

        _throttle.RecordSuccess("kim@example.test", Here);
        _clock.Now += TimeSpan.FromMinutes(59);
        Assert.Empty(FailuresThatTellTheOwner(5, TimeSpan.Zero));
    }

    private List<int> FailuresThatTellTheOwner(int failures, TimeSpan between)
    {
        var told = new List<int>();
        for (var failure = 1; failure <= failures; failure++)
        {
            _throttle.RecordFailure("kim@example.test", Here, out var tellOwner);
            if (tellOwner)
            {
                told.Add(failure);
            }

            _clock.Now += between;
        }

        return told;
    }
}
