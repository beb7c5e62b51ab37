using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Domain.Tests;

/// <summary>Wall-clock times in a zone and back, across Ljubljana's daylight-saving changes (29 March and 25 October 2026).</summary>
public class LocalTimesTests
{
    private static readonly NodaTime.DateTimeZone Ljubljana = TimeZoneIds.Find("Europe/Ljubljana")!;

    [Theory]
    [InlineData(2026, 1, 15, 9, 0, 8)] // winter: UTC+1
    [InlineData(2026, 7, 15, 9, 0, 7)] // summer: UTC+2
    [InlineData(2026, 3, 29, 1, 59, 0)] // the minute before the clocks go forward
    [InlineData(2026, 3, 29, 3, 0, 1)] // the first minute after
    public void A_typed_time_is_the_instant_it_stands_for_in_the_zone(int year, int month, int day, int hour, int minute, int utcHour)
    {
        var instant = LocalTimes.ToInstant(new DateTime(year, month, day, hour, minute, 0), Ljubljana);

        Assert.Equal(new DateTimeOffset(year, month, day, utcHour, minute, 0, TimeSpan.Zero), instant);
        Assert.Equal(TimeSpan.Zero, instant!.Value.Offset);
    }

    [Fact]
    public void A_time_the_clocks_skip_stands_for_no_instant_and_the_message_names_the_gap()
    {
        var skipped = new DateTime(2026, 3, 29, 2, 30, 0);

        Assert.Null(LocalTimes.ToInstant(skipped, Ljubljana));
        Assert.Equal(
            "02:30 does not exist on 29 March 2026 in Europe/Ljubljana: the clocks go from 02:00 to 03:00. Enter a time outside that hour.",
            LocalTimes.SkippedMessage(skipped, Ljubljana));
    }

    [Fact]
    public void A_time_the_clocks_pass_twice_is_read_as_the_earlier_one()
    {
        // 02:30 on 25 October 2026 happens at 00:30 UTC (summer time) and again at 01:30 UTC (winter time).
        var instant = LocalTimes.ToInstant(new DateTime(2026, 10, 25, 2, 30, 0), Ljubljana);

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), instant);
    }

    [Theory]
    [InlineData(0, 30, "02:30", 2)]
    [InlineData(1, 30, "02:30", 1)]
    [InlineData(2, 30, "03:30", 1)]
    public void An_instant_is_shown_as_the_zones_wall_clock_with_its_offset_then(int utcHour, int minute, string wall, int offsetHours)
    {
        var local = LocalTimes.InZone(new DateTimeOffset(2026, 10, 25, utcHour, minute, 0, TimeSpan.Zero), Ljubljana);

        Assert.Equal(wall, local.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(TimeSpan.FromHours(offsetHours), local.Offset);
    }

    [Theory]
    [InlineData("Europe/Ljubljana", true)]
    [InlineData(" America/New_York ", true)]
    [InlineData("UTC", true)]
    [InlineData("Central European Standard Time", false)]
    [InlineData("Ljubljana", false)]
    [InlineData("GMT+1 (our office)", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_IANA_ids_are_time_zones(string? id, bool known) =>
        Assert.Equal(known, TimeZoneIds.IsKnown(id));

    [Fact]
    public void The_zones_to_pick_from_are_UTC_and_places_in_order()
    {
        Assert.Equal(TimeZoneIds.Utc, TimeZoneIds.Pickable[0]);
        Assert.Contains("Europe/Ljubljana", TimeZoneIds.Pickable);
        Assert.Contains("Europe/Moscow", TimeZoneIds.Pickable);
        Assert.DoesNotContain("US/Eastern", TimeZoneIds.Pickable);
        Assert.Equal(TimeZoneIds.Pickable.Skip(1).Order(StringComparer.Ordinal), TimeZoneIds.Pickable.Skip(1));
        Assert.All(TimeZoneIds.Pickable, id => Assert.True(TimeZoneIds.IsKnown(id)));
    }
}
