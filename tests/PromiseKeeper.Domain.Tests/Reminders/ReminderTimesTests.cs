using PromiseKeeper.Domain.Clocks;
using PromiseKeeper.Domain.Reminders;
using static PromiseKeeper.Domain.Tests.Clocks.ClockTestTimes;

namespace PromiseKeeper.Domain.Tests.Reminders;

/// <summary>
/// <see cref="ReminderTimes"/>: reminders at the start of a working day in the team's zone (7 December 2026 is a Monday;
/// New York moves its clocks on 8 March 2026).
/// </summary>
public class ReminderTimesTests
{
    private static readonly ReminderTimes Ljubljana9To5 = new(OfficeHours(Ljubljana));

    [Fact]
    public void A_measure_due_on_wednesday_is_due_soon_on_tuesday_morning_and_overdue_on_thursday_morning()
    {
        var dueOn = new DateOnly(2026, 12, 9);

        Assert.Equal(At(Ljubljana, 2026, 12, 8, 9), Ljubljana9To5.MeasureDueSoonAt(dueOn));
        Assert.Equal(At(Ljubljana, 2026, 12, 10, 9), Ljubljana9To5.MeasureOverdueAt(dueOn));
    }

    [Fact]
    public void The_weekend_is_skipped_both_ways()
    {
        Assert.Equal(At(Ljubljana, 2026, 12, 11, 9), Ljubljana9To5.MeasureDueSoonAt(new DateOnly(2026, 12, 14)));
        Assert.Equal(At(Ljubljana, 2026, 12, 14, 9), Ljubljana9To5.MeasureOverdueAt(new DateOnly(2026, 12, 11)));
        Assert.Equal(At(Ljubljana, 2026, 12, 14, 9), Ljubljana9To5.MeasureOverdueAt(new DateOnly(2026, 12, 12)));
    }

    [Fact]
    public void Holidays_are_skipped_like_weekends()
    {
        var times = new ReminderTimes(OfficeHours(Ljubljana, new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 25)));

        Assert.Equal(At(Ljubljana, 2026, 12, 23, 9), times.MeasureDueSoonAt(new DateOnly(2026, 12, 28)));
        Assert.Equal(At(Ljubljana, 2026, 12, 28, 9), times.MeasureOverdueAt(new DateOnly(2026, 12, 23)));
        Assert.Equal(At(Ljubljana, 2026, 12, 23, 9), times.CheckInDueAt(new DateOnly(2026, 12, 24)));
    }

    [Fact]
    public void A_check_in_is_due_on_its_morning_or_on_the_last_working_morning_before_a_day_off()
    {
        Assert.Equal(At(Ljubljana, 2026, 12, 8, 9), Ljubljana9To5.CheckInDueAt(new DateOnly(2026, 12, 8)));
        Assert.Equal(At(Ljubljana, 2026, 12, 11, 9), Ljubljana9To5.CheckInDueAt(new DateOnly(2026, 12, 12)));
        Assert.Equal(At(Ljubljana, 2026, 12, 11, 9), Ljubljana9To5.CheckInDueAt(new DateOnly(2026, 12, 13)));
    }

    [Fact]
    public void The_morning_follows_the_wall_clock_when_the_clocks_move()
    {
        var newYork = new ReminderTimes(OfficeHours(NewYork));

        // 09:00 EST on Friday 6 March is 14:00 UTC; 09:00 EDT on Monday 9 March is 13:00 UTC.
        Assert.Equal(Utc(2026, 3, 6, 14), newYork.CheckInDueAt(new DateOnly(2026, 3, 6)));
        Assert.Equal(Utc(2026, 3, 9, 13), newYork.MeasureOverdueAt(new DateOnly(2026, 3, 6)));
    }

    [Fact]
    public void A_check_in_is_not_due_a_minute_before_the_working_day_starts()
    {
        Assert.Equal(new DateOnly(2026, 12, 7), Ljubljana9To5.LatestCheckInDueBy(At(Ljubljana, 2026, 12, 8, 8, 59)));
        Assert.Equal(new DateOnly(2026, 12, 8), Ljubljana9To5.LatestCheckInDueBy(At(Ljubljana, 2026, 12, 8, 9)));
    }

    [Fact]
    public void On_friday_morning_the_check_ins_of_the_weekend_are_due_too()
    {
        Assert.Equal(new DateOnly(2026, 12, 13), Ljubljana9To5.LatestCheckInDueBy(At(Ljubljana, 2026, 12, 11, 10)));
        Assert.Equal(new DateOnly(2026, 12, 14), Ljubljana9To5.LatestDueSoonBy(At(Ljubljana, 2026, 12, 11, 10)));
    }

    /// <summary>The cutoffs the scans use agree with the instants, every half hour over three weeks with holidays.</summary>
    [Fact]
    public void A_date_is_up_to_the_cutoff_exactly_when_its_reminder_is_due()
    {
        var times = new ReminderTimes(OfficeHours(NewYork, new DateOnly(2026, 3, 3), new DateOnly(2026, 3, 13), new DateOnly(2026, 3, 16)));
        var kinds = new (Func<DateOnly, DateTimeOffset> DueAt, Func<DateTimeOffset, DateOnly> Latest)[]
        {
            (times.MeasureDueSoonAt, times.LatestDueSoonBy),
            (times.MeasureOverdueAt, times.LatestOverdueBy),
            (times.CheckInDueAt, times.LatestCheckInDueBy),
        };
        for (var now = Utc(2026, 2, 27, 0); now < Utc(2026, 3, 20, 0); now = now.AddMinutes(30))
        {
            foreach (var (dueAt, latest) in kinds)
            {
                var cutoff = latest(now);
                for (var date = new DateOnly(2026, 2, 20); date <= new DateOnly(2026, 3, 27); date = date.AddDays(1))
                {
                    Assert.True(dueAt(date) <= now == date <= cutoff, $"{date} at {now:O}: due at {dueAt(date):O}, cutoff {cutoff}");
                }
            }
        }
    }

    [Fact]
    public void Night_hours_start_the_day_at_their_own_start()
    {
        var times = new ReminderTimes(NightShift(Ljubljana));

        Assert.Equal(At(Ljubljana, 2026, 12, 12, 1), times.CheckInDueAt(new DateOnly(2026, 12, 12)));
        Assert.Equal(At(Ljubljana, 2026, 12, 13, 1), times.MeasureOverdueAt(new DateOnly(2026, 12, 12)));
    }

    [Fact]
    public void The_default_rules_remind_in_utc_at_nine()
    {
        var times = new ReminderTimes(TeamClockRules.Default.Calendar);

        Assert.Equal(Utc(2026, 12, 8, 9), times.CheckInDueAt(new DateOnly(2026, 12, 8)));
    }
}
