using PromiseKeeper.Domain.Reminders;
using static PromiseKeeper.Domain.Tests.Clocks.ClockTestTimes;

namespace PromiseKeeper.Domain.Tests.Reminders;

/// <summary><see cref="DailyDigestTime"/>: the latest 08:00 on the reader's wall clock.</summary>
public class DailyDigestTimeTests
{
    [Fact]
    public void At_07_59_the_latest_digest_time_is_yesterdays_and_at_08_00_todays()
    {
        Assert.Equal(At(Ljubljana, 2026, 12, 7, 8), DailyDigestTime.LatestBy(At(Ljubljana, 2026, 12, 8, 7, 59), Ljubljana));
        Assert.Equal(At(Ljubljana, 2026, 12, 8, 8), DailyDigestTime.LatestBy(At(Ljubljana, 2026, 12, 8, 8), Ljubljana));
        Assert.Equal(At(Ljubljana, 2026, 12, 8, 8), DailyDigestTime.LatestBy(At(Ljubljana, 2026, 12, 8, 23, 59), Ljubljana));
    }

    [Fact]
    public void It_follows_the_wall_clock_across_a_change_of_the_clocks()
    {
        // New York: 08:00 EST on 7 March 2026 is 13:00 UTC; 08:00 EDT on 8 March is 12:00 UTC.
        Assert.Equal(Utc(2026, 3, 7, 13), DailyDigestTime.LatestBy(Utc(2026, 3, 8, 11, 59), NewYork));
        Assert.Equal(Utc(2026, 3, 8, 12), DailyDigestTime.LatestBy(Utc(2026, 3, 8, 12), NewYork));
    }

    [Fact]
    public void Each_zone_has_its_own_morning()
    {
        var now = Utc(2026, 12, 8, 6);

        Assert.Equal(Utc(2026, 12, 8, 5), DailyDigestTime.LatestBy(now, Moscow));
        Assert.Equal(Utc(2026, 12, 7, 7), DailyDigestTime.LatestBy(now, Ljubljana));
    }
}
