using PromiseKeeper.Domain.Incidents;
using static PromiseKeeper.Domain.Tests.TestDetails;

namespace PromiseKeeper.Domain.Tests;

/// <summary>
/// The rules of <see cref="IncidentDetails.Check"/> about dates and disclosure: when the promise was made,
/// when we discovered it was broken, when and how the client found out. Missing values are covered in
/// <see cref="IncidentDetailsRequiredFieldsTests"/>.
/// Every test uses <see cref="TestDetails.Now"/> = 2025-06-15 12:00 UTC unless it says otherwise.
/// </summary>
public class IncidentDetailsTimeRulesTests
{
    private static readonly TimeSpan _fiveMinutes = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan _sixMinutes = TimeSpan.FromMinutes(6);

    [Fact]
    public void Dates_in_year_one_or_more_than_thirty_years_back_are_mistyped_years()
    {
        var yearOne = new DateTimeOffset(1, 1, 1, 0, 0, 0, TimeSpan.Zero);

        AssertViolations(Valid() with { PromisedOn = DateOnly.MinValue }, nameof(IncidentDetails.PromisedOn));
        AssertViolations(Valid() with { PromisedOn = DateOnly.FromDateTime(Now.UtcDateTime).AddYears(-31) }, nameof(IncidentDetails.PromisedOn));
        AssertViolations(Valid() with { DiscoveredAt = yearOne, PromisedOn = DateOnly.MinValue }, nameof(IncidentDetails.PromisedOn), nameof(IncidentDetails.DiscoveredAt));
        AssertViolations(Valid() with { ClientToldAt = yearOne, FirstDisclosure = FirstDisclosure.ClientToldUs }, nameof(IncidentDetails.ClientToldAt));
        AssertViolations(Valid() with { PromisedOn = DateOnly.FromDateTime(Now.UtcDateTime).AddYears(-29) });
    }

    [Fact]
    public void Promise_date_up_to_one_day_after_the_discovery_date_passes()
    {
        var details = Valid() with { DiscoveredAt = new DateTimeOffset(2025, 6, 10, 8, 0, 0, TimeSpan.Zero) };

        AssertViolations(details with { PromisedOn = new DateOnly(2025, 6, 10) });
        AssertViolations(details with { PromisedOn = new DateOnly(2025, 6, 11) });
    }

    [Fact]
    public void Promise_date_two_days_after_the_discovery_date_is_a_violation()
    {
        var details = Valid() with
        {
            DiscoveredAt = new DateTimeOffset(2025, 6, 10, 8, 0, 0, TimeSpan.Zero),
            PromisedOn = new DateOnly(2025, 6, 12),
        };

        AssertViolations(details, nameof(IncidentDetails.PromisedOn));
    }

    [Fact]
    public void Promise_date_is_compared_with_the_discovery_date_in_utc()
    {
        // 2025-06-11 01:00 at +03:00 is 2025-06-10 22:00 UTC, so the latest promise date is 2025-06-11.
        var details = Valid() with
        {
            DiscoveredAt = new DateTimeOffset(2025, 6, 11, 1, 0, 0, TimeSpan.FromHours(3)),
            PromisedOn = new DateOnly(2025, 6, 12),
        };

        AssertViolations(details, nameof(IncidentDetails.PromisedOn));
    }

    // The future-date rule is only reachable on its own when the discovery time is missing: with a valid
    // discovery time, the "before discovery" rule fires for any date the future-date rule would catch.
    // So these tests leave DiscoveredAt empty and expect its violation next to the one under test.
    [Fact]
    public void Promise_date_one_day_after_today_in_utc_passes()
    {
        AssertViolations(
            Valid() with { DiscoveredAt = null, PromisedOn = new DateOnly(2025, 6, 16) },
            nameof(IncidentDetails.DiscoveredAt));
    }

    [Fact]
    public void Promise_date_two_days_after_today_in_utc_is_a_violation()
    {
        AssertViolations(
            Valid() with { DiscoveredAt = null, PromisedOn = new DateOnly(2025, 6, 17) },
            nameof(IncidentDetails.DiscoveredAt),
            nameof(IncidentDetails.PromisedOn));
    }

    [Fact]
    public void Promise_date_allows_for_clock_skew_just_before_midnight_utc()
    {
        // 23:57 plus five minutes of skew is already the 16th, so the 17th is still "at most one day ahead".
        var justBeforeMidnight = new DateTimeOffset(2025, 6, 15, 23, 57, 0, TimeSpan.Zero);
        var details = Valid() with { DiscoveredAt = null };

        AssertViolationsAt(justBeforeMidnight, details with { PromisedOn = new DateOnly(2025, 6, 17) }, nameof(IncidentDetails.DiscoveredAt));
        AssertViolationsAt(
            justBeforeMidnight,
            details with { PromisedOn = new DateOnly(2025, 6, 18) },
            nameof(IncidentDetails.DiscoveredAt),
            nameof(IncidentDetails.PromisedOn));
    }

    [Fact]
    public void Discovery_time_five_minutes_ahead_passes()
    {
        AssertViolations(NotYetTold() with { DiscoveredAt = Now + _fiveMinutes });
        AssertViolations(NotYetTold() with { DiscoveredAt = (Now + _fiveMinutes).ToOffset(TimeSpan.FromHours(2)) });
    }

    [Fact]
    public void Discovery_time_more_than_five_minutes_ahead_is_a_violation()
    {
        AssertViolations(NotYetTold() with { DiscoveredAt = Now + _fiveMinutes + TimeSpan.FromTicks(1) }, nameof(IncidentDetails.DiscoveredAt));
        AssertViolations(NotYetTold() with { DiscoveredAt = Now + _sixMinutes }, nameof(IncidentDetails.DiscoveredAt));
        AssertViolations(NotYetTold() with { DiscoveredAt = (Now + _sixMinutes).ToOffset(TimeSpan.FromHours(-5)) }, nameof(IncidentDetails.DiscoveredAt));
    }

    [Fact]
    public void Client_told_time_five_minutes_ahead_passes()
    {
        AssertViolations(Valid() with { ClientToldAt = Now + _fiveMinutes });
    }

    [Fact]
    public void Client_told_time_more_than_five_minutes_ahead_is_a_violation()
    {
        AssertViolations(Valid() with { ClientToldAt = Now + _sixMinutes }, nameof(IncidentDetails.ClientToldAt));
    }

    [Fact]
    public void We_cannot_have_told_the_client_before_we_discovered_it()
    {
        var discoveredAt = Now.AddDays(-2);
        var details = Valid() with { DiscoveredAt = discoveredAt, FirstDisclosure = FirstDisclosure.WeToldTheClient };

        AssertViolations(details with { ClientToldAt = discoveredAt.AddTicks(-1) }, nameof(IncidentDetails.ClientToldAt));
        AssertViolations(details with { ClientToldAt = discoveredAt.AddDays(-3) }, nameof(IncidentDetails.ClientToldAt));
    }

    [Fact]
    public void We_may_tell_the_client_at_the_moment_we_discovered_it()
    {
        var discoveredAt = Now.AddDays(-2);

        AssertViolations(Valid() with { DiscoveredAt = discoveredAt, ClientToldAt = discoveredAt, FirstDisclosure = FirstDisclosure.WeToldTheClient });
    }

    [Fact]
    public void Telling_before_discovery_compares_instants_not_wall_clock_times()
    {
        // 11:30 at +02:00 is 09:30 UTC: half an hour before the discovery at 10:00 UTC.
        var details = Valid() with
        {
            DiscoveredAt = new DateTimeOffset(2025, 6, 14, 10, 0, 0, TimeSpan.Zero),
            ClientToldAt = new DateTimeOffset(2025, 6, 14, 11, 30, 0, TimeSpan.FromHours(2)),
            FirstDisclosure = FirstDisclosure.WeToldTheClient,
        };

        AssertViolations(details, nameof(IncidentDetails.ClientToldAt));
    }

    [Theory]
    [InlineData(FirstDisclosure.ClientToldUs)]
    [InlineData(FirstDisclosure.ClientHeardElsewhere)]
    public void The_client_may_have_found_out_before_we_discovered_it(FirstDisclosure disclosure)
    {
        var discoveredAt = Now.AddDays(-2);

        AssertViolations(Valid() with { DiscoveredAt = discoveredAt, ClientToldAt = discoveredAt.AddDays(-3), FirstDisclosure = disclosure });
    }

    [Theory]
    [InlineData(FirstDisclosure.WeToldTheClient)]
    [InlineData(FirstDisclosure.ClientToldUs)]
    [InlineData(FirstDisclosure.ClientHeardElsewhere)]
    public void Who_told_whom_first_without_when_the_client_found_out_is_a_violation_of_the_time(FirstDisclosure disclosure)
    {
        AssertViolations(Valid() with { ClientToldAt = null, FirstDisclosure = disclosure }, nameof(IncidentDetails.ClientToldAt));
    }

    [Fact]
    public void When_the_client_found_out_without_who_told_whom_first_is_a_violation_of_the_disclosure()
    {
        AssertViolations(Valid() with { ClientToldAt = Now.AddDays(-1), FirstDisclosure = null }, nameof(IncidentDetails.FirstDisclosure));
    }

    [Fact]
    public void Client_not_told_yet_passes()
    {
        AssertViolations(NotYetTold());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    [InlineData(99)]
    public void Who_told_whom_first_that_is_not_defined_is_a_violation(int disclosure)
    {
        AssertViolations(Valid() with { FirstDisclosure = (FirstDisclosure)disclosure }, nameof(IncidentDetails.FirstDisclosure));
        AssertViolations(Valid() with { FirstDisclosure = (FirstDisclosure)disclosure, ClientToldAt = null }, nameof(IncidentDetails.FirstDisclosure));
    }

    private static IncidentDetails NotYetTold() => Valid() with { ClientToldAt = null, FirstDisclosure = null };
}
