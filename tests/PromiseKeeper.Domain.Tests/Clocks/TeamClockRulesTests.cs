using PromiseKeeper.Domain.Clocks;
using static PromiseKeeper.Domain.Tests.Clocks.ClockTestTimes;

namespace PromiseKeeper.Domain.Tests.Clocks;

/// <summary><see cref="TeamClockRules"/>: a team's clock settings are checked field by field and make the team's clocks.</summary>
public class TeamClockRulesTests
{
    private static ClockSettingsInput Valid(
        string? zone = "Europe/Ljubljana",
        IReadOnlyList<DayOfWeek>? days = null,
        TimeOnly? starts = null,
        TimeOnly? ends = null,
        string? holidays = "2026-12-25\n\n 2026-12-24 \r\n2026-12-25",
        decimal? tellClient = 0.5m,
        decimal? warn = 80m) => new(
            zone,
            days ?? WorkingWeek.DefaultDays,
            starts ?? new TimeOnly(8, 0),
            ends ?? new TimeOnly(16, 0),
            holidays,
            new Dictionary<ClockKind, decimal?>
            {
                [ClockKind.TellClient] = tellClient,
                [ClockKind.HoldCall] = 3m,
                [ClockKind.SendRecap] = 1m,
                [ClockKind.SubmitRetro] = 10m,
                [ClockKind.LegalReview] = 2m,
            },
            warn);

    private static IEnumerable<(string Field, string Message)> Violations(ClockSettingsInput input) =>
        TeamClockRules.Parse(input).Violations.Select(v => (v.Field, v.Message));

    [Fact]
    public void Valid_settings_make_the_calendar_and_the_targets()
    {
        var rules = TeamClockRules.Parse(Valid()).OrThrow();

        Assert.Equal("Europe/Ljubljana", rules.Calendar.Zone.Id);
        Assert.Equal([new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 25)], rules.Calendar.Holidays.Order());
        Assert.Equal(TimeSpan.FromHours(4), rules.Target(ClockKind.TellClient));
        Assert.Equal(TimeSpan.FromHours(24), rules.Target(ClockKind.HoldCall));
        Assert.Equal(80m, rules.Targets.WarnSharePercent);
    }

    [Fact]
    public void A_teams_clock_uses_its_hours_holidays_and_warn_share()
    {
        var rules = TeamClockRules.Parse(Valid()).OrThrow();

        // Wednesday 23 December 14:00: 2 hours that day, then two holidays and the weekend.
        var reading = rules.Clock(ClockKind.TellClient, At(Ljubljana, 2026, 12, 23, 14)).At(At(Ljubljana, 2026, 12, 28, 8));

        Assert.Equal(ClockState.Running, reading.State);
        Assert.Equal(At(Ljubljana, 2026, 12, 28, 10), reading.DueAt);
        Assert.Equal(At(Ljubljana, 2026, 12, 28, 9, 12), reading.WarnsAt); // 80 % of 4 hours: 3 h 12 min
    }

    [Fact]
    public void The_defaults_are_utc_office_hours_and_the_playbooks_targets()
    {
        var rules = TeamClockRules.Default;

        Assert.Equal("UTC", rules.Calendar.Zone.Id);
        Assert.Equal(1m, rules.Targets.DaysFor(ClockKind.TellClient));
        Assert.Equal(3m, rules.Targets.DaysFor(ClockKind.HoldCall));
        Assert.Equal(1m, rules.Targets.DaysFor(ClockKind.SendRecap));
        Assert.Equal(10m, rules.Targets.DaysFor(ClockKind.SubmitRetro));
        Assert.Equal(2m, rules.Targets.DaysFor(ClockKind.LegalReview));
        Assert.Equal(75m, rules.Targets.WarnSharePercent);
        Assert.Equal(Utc(2026, 12, 9, 17), rules.Clock(ClockKind.LegalReview, Utc(2026, 12, 7, 17)).At(Utc(2026, 12, 7, 18)).DueAt);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_target_of_zero_or_less_days_is_refused_next_to_its_field(int days)
    {
        Assert.Contains(("TellClientDays", "A target must be more than zero working days."), Violations(Valid(tellClient: days)));
    }

    [Fact]
    public void A_missing_too_long_or_too_precise_target_is_refused()
    {
        Assert.Contains(("TellClientDays", "Enter a target in working days, such as 1 or 0.5."), Violations(Valid(tellClient: null)));
        Assert.Contains(("TellClientDays", "Keep a target to 250 working days or fewer."), Violations(Valid(tellClient: 251m)));
        Assert.Contains(("TellClientDays", "Use at most two decimal places, such as 0.25."), Violations(Valid(tellClient: 0.125m)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(-3)]
    public void A_warn_share_outside_0_to_100_percent_is_refused(int percent)
    {
        Assert.Contains(Violations(Valid(warn: percent)), v => v.Field == ClockFields.WarnSharePercent);
        Assert.Contains(Violations(Valid(warn: null)), v => v.Field == ClockFields.WarnSharePercent);
    }

    [Fact]
    public void A_warn_share_with_more_than_two_decimals_is_refused()
    {
        Assert.Contains((ClockFields.WarnSharePercent, "Use at most two decimal places, such as 0.25."), Violations(Valid(warn: 99.999m)));
        Assert.True(TeamClockRules.Parse(Valid(warn: 99.99m)).IsValid);
    }

    [Fact]
    public void Every_bad_holiday_line_is_named_and_good_ones_do_not_hide_it()
    {
        var violations = Violations(Valid(holidays: "2026-12-25\n25.12.2026\n\n2026-02-30\nChristmas")).ToList();

        Assert.Equal(
            [
                ("Holidays", "Line 2 (\"25.12.2026\") is not a date: write one date per line as yyyy-MM-dd, such as 2026-12-25."),
                ("Holidays", "Line 4 (\"2026-02-30\") is not a date: write one date per line as yyyy-MM-dd, such as 2026-12-25."),
                ("Holidays", "Line 5 (\"Christmas\") is not a date: write one date per line as yyyy-MM-dd, such as 2026-12-25."),
            ],
            violations);
    }

    [Fact]
    public void No_holidays_is_fine_and_they_are_written_back_one_per_line_in_order()
    {
        Assert.True(TeamClockRules.Parse(Valid(holidays: null)).IsValid);
        Assert.Equal("2026-01-01\n2026-12-25", HolidayList.Format([new DateOnly(2026, 12, 25), new DateOnly(2026, 1, 1)]));
    }

    [Fact]
    public void An_unknown_zone_no_working_days_and_backward_hours_are_each_refused()
    {
        var violations = Violations(Valid(zone: "Central European Standard Time", days: [], starts: new TimeOnly(18, 0), ends: new TimeOnly(9, 0))).ToList();

        Assert.Contains(violations, v => v.Field == ClockFields.TimeZoneId);
        Assert.Contains(violations, v => v.Field == ClockFields.WorkingDays);
        Assert.Contains(violations, v => v.Field == ClockFields.WorkEnds);
    }

    [Fact]
    public void Missing_hours_are_refused_next_to_each_field()
    {
        var input = Valid() with { WorkStarts = null, WorkEnds = null };

        var violations = Violations(input).ToList();

        Assert.Contains(violations, v => v.Field == ClockFields.WorkStarts);
        Assert.Contains(violations, v => v.Field == ClockFields.WorkEnds);
    }

    [Fact]
    public void A_validated_target_set_refuses_a_bad_warn_share()
    {
        Assert.Throws<DomainException>(() => ClockTargets.Of(new Dictionary<ClockKind, decimal>(), 100m));
    }
}
