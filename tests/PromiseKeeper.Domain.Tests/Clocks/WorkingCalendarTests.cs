using PromiseKeeper.Domain.Clocks;
using static PromiseKeeper.Domain.Tests.Clocks.ClockTestTimes;

namespace PromiseKeeper.Domain.Tests.Clocks;

/// <summary>
/// <see cref="WorkingCalendar"/>: working time in a team's zone, across weekends, holidays and daylight-saving changes
/// (Ljubljana: 29 March and 25 October 2026; New York: 8 March and 1 November 2026; Moscow has none).
/// </summary>
public class WorkingCalendarTests
{
    [Fact]
    public void A_working_day_from_monday_morning_ends_that_evening()
    {
        var calendar = OfficeHours(Ljubljana);

        Assert.Equal(Utc(2026, 12, 7, 16), calendar.AddWorkingDays(At(Ljubljana, 2026, 12, 7, 9), 1m));
        Assert.Equal(TimeSpan.FromHours(8), calendar.WorkingDays(1m));
        Assert.Equal(TimeSpan.FromHours(4), calendar.WorkingDays(0.5m));
    }

    [Fact]
    public void A_day_from_friday_afternoon_skips_the_weekend()
    {
        var calendar = OfficeHours(Ljubljana);

        var due = calendar.AddWorkingDays(At(Ljubljana, 2026, 12, 11, 14), 1m);

        Assert.Equal(At(Ljubljana, 2026, 12, 14, 14), due);
        Assert.Equal(TimeSpan.FromHours(8), calendar.WorkingTimeBetween(At(Ljubljana, 2026, 12, 11, 14), due));
    }

    [Fact]
    public void A_start_on_friday_evening_counts_from_monday_morning()
    {
        var calendar = OfficeHours(Moscow);

        var due = calendar.AddWorkingDays(At(Moscow, 2026, 12, 4, 18), 1m);

        Assert.Equal(Utc(2026, 12, 7, 14), due); // Monday 17:00 in Moscow, UTC+3 all year
        Assert.Equal(TimeSpan.Zero, calendar.WorkingTimeBetween(At(Moscow, 2026, 12, 4, 18), At(Moscow, 2026, 12, 7, 9)));
    }

    [Fact]
    public void A_start_at_night_counts_from_the_morning()
    {
        var calendar = OfficeHours(NewYork);

        Assert.Equal(At(NewYork, 2026, 12, 1, 13), calendar.AddWorkingDays(At(NewYork, 2026, 12, 1, 3), 0.5m));
        Assert.Equal(At(NewYork, 2026, 12, 1, 9), calendar.Add(At(NewYork, 2026, 12, 1, 3), TimeSpan.Zero));
    }

    [Fact]
    public void A_holiday_is_skipped_and_a_start_on_it_counts_from_the_next_working_day()
    {
        var christmas = new DateOnly(2026, 12, 25);
        var calendar = OfficeHours(Ljubljana, christmas);

        // Thursday 12:00: 5 hours that day, Friday is Christmas, then the weekend, 3 hours on Monday.
        Assert.Equal(At(Ljubljana, 2026, 12, 28, 12), calendar.AddWorkingDays(At(Ljubljana, 2026, 12, 24, 12), 1m));
        Assert.Equal(At(Ljubljana, 2026, 12, 28, 17), calendar.AddWorkingDays(At(Ljubljana, 2026, 12, 25, 10), 1m));
        Assert.False(calendar.IsWorkingDate(christmas));
        Assert.True(calendar.IsWorkingDate(new DateOnly(2026, 12, 24)));
        Assert.False(calendar.IsWorkingDate(new DateOnly(2026, 12, 26)));
    }

    [Fact]
    public void A_day_across_the_spring_change_keeps_its_wall_clock_hours_in_ljubljana()
    {
        var calendar = OfficeHours(Ljubljana);

        var due = calendar.AddWorkingDays(At(Ljubljana, 2026, 3, 27, 16), 1m);

        Assert.Equal(Utc(2026, 3, 30, 14), due); // Monday 16:00 summer time; Friday 16:00 was 15:00 UTC
        Assert.Equal(Utc(2026, 3, 27, 15), At(Ljubljana, 2026, 3, 27, 16));
    }

    [Fact]
    public void A_day_across_the_spring_change_keeps_its_wall_clock_hours_in_new_york()
    {
        var calendar = OfficeHours(NewYork);

        Assert.Equal(Utc(2026, 3, 9, 14), calendar.AddWorkingDays(At(NewYork, 2026, 3, 6, 10), 1m)); // EST then EDT
        Assert.Equal(Utc(2026, 11, 2, 15), calendar.AddWorkingDays(At(NewYork, 2026, 10, 30, 10), 1m)); // EDT then EST
    }

    [Fact]
    public void Hours_that_contain_the_spring_change_are_counted_on_the_wall_clock()
    {
        var calendar = NightShift(Ljubljana);
        var opens = At(Ljubljana, 2026, 3, 29, 1); // 00:00 UTC; the clocks go from 02:00 to 03:00

        var closes = calendar.Add(opens, TimeSpan.FromHours(4));

        Assert.Equal(Utc(2026, 3, 29, 3), closes); // 05:00 summer time: three real hours later
        Assert.Equal(TimeSpan.FromHours(4), calendar.WorkingTimeBetween(opens, closes));
        Assert.Equal(Utc(2026, 3, 29, 1), calendar.Add(opens, TimeSpan.FromHours(2))); // 03:00 summer time, the moment after the gap
    }

    [Fact]
    public void Hours_that_contain_the_autumn_change_are_counted_on_the_wall_clock()
    {
        var calendar = NightShift(Ljubljana);
        var opens = At(Ljubljana, 2026, 10, 25, 1); // 23:00 UTC the day before; the clocks go from 03:00 back to 02:00

        var closes = calendar.Add(opens, TimeSpan.FromHours(4));

        Assert.Equal(Utc(2026, 10, 25, 4), closes); // 05:00 winter time: five real hours later
        Assert.Equal(TimeSpan.FromHours(4), calendar.WorkingTimeBetween(opens, closes));
    }

    [Fact]
    public void Working_time_between_counts_only_working_hours_and_is_negative_backwards()
    {
        var calendar = OfficeHours(Ljubljana);
        var monday = At(Ljubljana, 2026, 12, 7, 8);
        var nextMonday = At(Ljubljana, 2026, 12, 14, 10);

        Assert.Equal(TimeSpan.FromHours(41), calendar.WorkingTimeBetween(monday, nextMonday));
        Assert.Equal(TimeSpan.FromHours(-41), calendar.WorkingTimeBetween(nextMonday, monday));
        Assert.Equal(TimeSpan.Zero, calendar.WorkingTimeBetween(At(Ljubljana, 2026, 12, 12, 10), At(Ljubljana, 2026, 12, 13, 18)));
    }

    [Fact]
    public void Adding_then_measuring_gives_back_the_working_time_over_many_weeks()
    {
        var calendar = OfficeHours(NewYork, new DateOnly(2026, 11, 26), new DateOnly(2026, 12, 25));
        var start = At(NewYork, 2026, 10, 20, 11, 30);

        var due = calendar.AddWorkingDays(start, 45.25m);

        Assert.Equal(TimeSpan.FromHours(45.25 * 8), calendar.WorkingTimeBetween(start, due));
        Assert.Equal(At(NewYork, 2026, 12, 23, 13, 30), due);
    }

    [Fact]
    public void A_week_needs_a_working_day_and_hours_that_end_after_they_start()
    {
        var noDays = Assert.Throws<DomainException>(() => WorkingWeek.Of([], new TimeOnly(9, 0), new TimeOnly(17, 0)));
        var backwards = Assert.Throws<DomainException>(() => WorkingWeek.Of([DayOfWeek.Monday], new TimeOnly(17, 0), new TimeOnly(9, 0)));

        Assert.Equal(ClockFields.WorkingDays, Assert.Single(noDays.Violations).Field);
        Assert.Equal(ClockFields.WorkEnds, Assert.Single(backwards.Violations).Field);
        Assert.Equal("Working hours must end after they start, on the same day.", backwards.Message);
    }
}
