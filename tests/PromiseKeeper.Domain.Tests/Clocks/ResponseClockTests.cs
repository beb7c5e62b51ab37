using PromiseKeeper.Domain.Clocks;
using static PromiseKeeper.Domain.Tests.Clocks.ClockTestTimes;

namespace PromiseKeeper.Domain.Tests.Clocks;

/// <summary>
/// <see cref="ResponseClock"/>: a one-working-day target started on Monday 7 December 2026, 09:00 in Ljubljana, warns at
/// 15:00 (75 %) and breaches at 17:00; pauses push both out by the working time they last.
/// </summary>
public class ResponseClockTests
{
    private static readonly WorkingCalendar Calendar = OfficeHours(Ljubljana);
    private static readonly DateTimeOffset Monday9 = Local(7, 9);

    private static DateTimeOffset Local(int day, int hour, int minute = 0) => At(Ljubljana, 2026, 12, day, hour, minute);

    private static ResponseClock OneDay(IEnumerable<ClockPause>? pauses = null, DateTimeOffset? stoppedAt = null) =>
        ResponseClock.Start(Calendar, Monday9, TimeSpan.FromHours(8), 75m, pauses, stoppedAt);

    [Fact]
    public void Before_the_warn_share_the_clock_runs()
    {
        var reading = OneDay().At(Local(7, 14, 59));

        Assert.Equal(ClockState.Running, reading.State);
        Assert.Equal(Local(7, 17), reading.DueAt);
        Assert.Equal(Local(7, 15), reading.WarnsAt);
        Assert.Equal(TimeSpan.FromMinutes(121), reading.Left);
        Assert.Null(reading.WarnedAt);
        Assert.Null(reading.BreachedAt);
    }

    [Fact]
    public void At_75_percent_the_clock_warns()
    {
        var reading = OneDay().At(Local(7, 15));

        Assert.Equal(ClockState.Warning, reading.State);
        Assert.Equal(Local(7, 15), reading.WarnedAt);
        Assert.Null(reading.BreachedAt);
        Assert.Equal(TimeSpan.FromHours(2), reading.Left);
    }

    [Fact]
    public void At_100_percent_the_clock_breaches_and_then_counts_below_zero()
    {
        var atDue = OneDay().At(Local(7, 17));
        var nextMorning = OneDay().At(Local(8, 10));

        Assert.Equal(ClockState.Breached, atDue.State);
        Assert.Equal(Local(7, 17), atDue.BreachedAt);
        Assert.Equal(TimeSpan.Zero, atDue.Left);
        Assert.Equal(ClockState.Breached, nextMorning.State);
        Assert.Equal(TimeSpan.FromHours(-1), nextMorning.Left);
        Assert.Equal(Local(7, 15), nextMorning.WarnedAt);
        Assert.Equal(Local(7, 17), nextMorning.BreachedAt);
    }

    [Fact]
    public void A_clock_is_breached_over_the_night_though_no_working_time_passes()
    {
        var reading = OneDay().At(Local(7, 23));

        Assert.Equal(ClockState.Breached, reading.State);
        Assert.Equal(TimeSpan.Zero, reading.Left);
    }

    [Fact]
    public void Done_in_time_is_met_and_keeps_the_warning_it_had()
    {
        var reading = OneDay(stoppedAt: Local(7, 16)).At(Local(9, 12));

        Assert.Equal(ClockState.Met, reading.State);
        Assert.Equal(TimeSpan.FromHours(1), reading.Left);
        Assert.Equal(Local(7, 15), reading.WarnedAt);
        Assert.Null(reading.BreachedAt);
    }

    [Fact]
    public void Done_at_the_due_instant_is_met()
    {
        Assert.Equal(ClockState.Met, OneDay(stoppedAt: Local(7, 17)).At(Local(8, 9)).State);
    }

    [Fact]
    public void Done_late_is_met_late_with_the_breach_kept()
    {
        var reading = OneDay(stoppedAt: Local(8, 10)).At(Local(9, 12));

        Assert.Equal(ClockState.MetLate, reading.State);
        Assert.Equal(Local(7, 17), reading.BreachedAt);
        Assert.Equal(TimeSpan.FromHours(-1), reading.Left);
    }

    [Fact]
    public void Done_on_the_night_after_the_due_time_is_late()
    {
        Assert.Equal(ClockState.MetLate, OneDay(stoppedAt: Local(7, 20)).At(Local(8, 9)).State);
    }

    [Fact]
    public void A_stop_later_than_the_reading_is_not_known_yet()
    {
        Assert.Equal(ClockState.Warning, OneDay(stoppedAt: Local(8, 10)).At(Local(7, 16)).State);
    }

    [Fact]
    public void A_pause_pushes_the_due_time_out_by_its_working_time()
    {
        var pause = new ClockPause(Local(7, 10), Local(7, 12), PauseReason.WaitingOnClient, "Asking their board");

        var reading = OneDay([pause]).At(Local(7, 16));

        Assert.Equal(ClockState.Running, reading.State);
        Assert.Equal(Local(8, 11), reading.DueAt);
        Assert.Equal(Local(7, 17), reading.WarnsAt);
        Assert.Equal(TimeSpan.FromHours(3), reading.Left);
    }

    [Fact]
    public void Several_pauses_add_up_and_the_clock_warns_and_breaches_later()
    {
        ClockPause[] pauses =
        [
            new(Local(7, 10), Local(7, 12), PauseReason.WaitingOnClient),
            new(Local(8, 9), Local(8, 10), PauseReason.WaitingOnLegal),
        ];

        var reading = OneDay(pauses).At(Local(8, 13));

        Assert.Equal(ClockState.Breached, reading.State);
        Assert.Equal(Local(8, 12), reading.DueAt);
        Assert.Equal(Local(8, 12), reading.BreachedAt);
        Assert.Equal(Local(7, 17), reading.WarnedAt);
        Assert.Equal(TimeSpan.FromHours(-1), reading.Left);
    }

    [Fact]
    public void An_open_pause_holds_the_clock_and_its_due_time_moves_as_if_it_ended_now()
    {
        var pause = new ClockPause(Local(7, 13), null, PauseReason.WaitingOnLegal);

        var at15 = OneDay([pause]).At(Local(7, 15));
        var nextDay = OneDay([pause]).At(Local(8, 15));

        Assert.Equal(ClockState.Paused, at15.State);
        Assert.Equal(TimeSpan.FromHours(4), at15.Left);
        Assert.Equal(Local(8, 11), at15.DueAt);
        Assert.Null(at15.WarnedAt);
        Assert.Equal(ClockState.Paused, nextDay.State);
        Assert.Equal(TimeSpan.FromHours(4), nextDay.Left);
        Assert.Equal(Local(9, 11), nextDay.DueAt);
    }

    [Fact]
    public void A_resumed_clock_counts_again()
    {
        var pause = new ClockPause(Local(7, 13), Local(8, 9), PauseReason.WaitingOnClient);

        var reading = OneDay([pause]).At(Local(8, 12));

        Assert.Equal(ClockState.Warning, reading.State); // 4 hours before, 3 after: past 6
        Assert.Equal(Local(8, 13), reading.DueAt);
        Assert.Equal(Local(8, 11), reading.WarnedAt);
    }

    [Fact]
    public void A_pause_after_the_breach_does_not_hide_it()
    {
        var pause = new ClockPause(Local(8, 10), null, PauseReason.WaitingOnClient);

        var reading = OneDay([pause]).At(Local(8, 11));

        Assert.Equal(ClockState.Breached, reading.State);
        Assert.Equal(Local(7, 17), reading.BreachedAt);
    }

    [Fact]
    public void A_pause_that_began_before_the_clock_counts_only_from_the_start()
    {
        var pause = new ClockPause(Local(4, 12), Local(7, 11), PauseReason.WaitingOnLegal);

        Assert.Equal(Local(8, 11), OneDay([pause]).At(Local(7, 12)).DueAt);
    }

    [Fact]
    public void A_clock_started_on_friday_evening_runs_over_the_weekend_without_losing_time()
    {
        var clock = ResponseClock.Start(Calendar, Local(11, 18), TimeSpan.FromHours(8));

        var saturday = clock.At(Local(12, 12));

        Assert.Equal(ClockState.Running, saturday.State);
        Assert.Equal(TimeSpan.FromHours(8), saturday.Left);
        Assert.Equal(Local(14, 17), saturday.DueAt);
        Assert.Equal(Local(14, 15), saturday.WarnsAt);
    }

    [Fact]
    public void A_clock_due_by_a_date_warns_at_the_share_of_the_working_time_up_to_it()
    {
        var clock = ResponseClock.DueBy(Calendar, Monday9, Local(11, 17));

        var thursday = clock.At(Local(10, 15));
        var saturday = clock.At(Local(12, 10));
        var doneFriday = ResponseClock.DueBy(Calendar, Monday9, Local(11, 17), stoppedAt: Local(11, 16)).At(Local(12, 10));

        Assert.Equal(TimeSpan.FromHours(40), clock.Target);
        Assert.Equal(ClockState.Warning, thursday.State);
        Assert.Equal(Local(10, 15), thursday.WarnedAt);
        Assert.Equal(TimeSpan.FromHours(10), thursday.Left);
        Assert.Equal(ClockState.Breached, saturday.State);
        Assert.Equal(Local(11, 17), saturday.BreachedAt);
        Assert.Equal(ClockState.Met, doneFriday.State);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-60)]
    public void A_target_of_zero_or_less_is_refused(int minutes)
    {
        var ex = Assert.Throws<DomainException>(() => ResponseClock.Start(Calendar, Monday9, TimeSpan.FromMinutes(minutes)));

        Assert.Equal("A target must be more than zero working days.", ex.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(120)]
    [InlineData(-5)]
    public void A_warn_share_outside_0_to_100_percent_is_refused(int percent)
    {
        Assert.Throws<DomainException>(() => ResponseClock.Start(Calendar, Monday9, TimeSpan.FromHours(8), percent));
        Assert.Throws<DomainException>(() => ResponseClock.DueBy(Calendar, Monday9, Local(9, 9), percent));
    }

    [Fact]
    public void A_pause_that_ends_before_it_starts_is_refused()
    {
        var pause = new ClockPause(Local(7, 12), Local(7, 11), PauseReason.WaitingOnClient);

        Assert.Throws<DomainException>(() => OneDay([pause]));
    }
}
