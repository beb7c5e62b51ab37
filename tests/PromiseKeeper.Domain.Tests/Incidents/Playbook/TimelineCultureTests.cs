using System.Globalization;
using PromiseKeeper.Domain.Incidents;
using static PromiseKeeper.Domain.Tests.TestDetails;

namespace PromiseKeeper.Domain.Tests.Incidents.Playbook;

/// <summary>
/// Timeline entries are stored, so their dates must read the same whatever culture the server (or the
/// request) runs in: ISO dates in the Gregorian calendar, never "2568-03-01" under a Thai culture.
/// </summary>
public class TimelineCultureTests
{
    [Theory]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    public void The_promise_date_on_the_timeline_does_not_depend_on_the_culture(string culture)
    {
        var journey = Journey.Start();

        var description = InCulture(culture, () =>
        {
            journey.RecordOrigin();
            return journey.Incident.Timeline[^1].Description;
        });

        Assert.Equal("Recorded where the promise came from: made by Peter Horvat (no longer with the company) on 2025-03-01.", description);
    }

    [Theory]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    public void Check_in_dates_on_the_timeline_do_not_depend_on_the_culture(string culture)
    {
        var journey = Journey.At(PlaybookStage.FollowUpRecap);

        var descriptions = InCulture(culture, () =>
        {
            var at = journey.Next();
            var checkIn = journey.Incident.PlanCheckIn(new DateOnly(2025, 6, 20), "Progress", Owner, at);
            journey.Incident.SetCheckInDone(checkIn.Id, true, Owner, journey.Next());
            journey.Incident.SetCheckInDone(checkIn.Id, false, Owner, journey.Next());
            return journey.Incident.Timeline.TakeLast(3).Select(e => e.Description).ToList();
        });

        Assert.Equal(
            [
                "Planned a check-in with the client on 2025-06-20: Progress.",
                "Checked in with the client as planned for 2025-06-20: Progress.",
                "Marked the check-in of 2025-06-20 as not done.",
            ],
            descriptions);
    }

    [Theory]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    public void Measure_due_dates_on_the_timeline_do_not_depend_on_the_culture(string culture)
    {
        var journey = Journey.At(PlaybookStage.InternalRetro);

        var description = InCulture(culture, () =>
        {
            journey.Incident.AddPreventionMeasure("Capacity check", "Tina Zorko", new DateOnly(2025, 7, 31), Owner, journey.Next());
            return journey.Incident.Timeline[^1].Description;
        });

        Assert.Equal("Added a prevention measure: Capacity check (owner Tina Zorko, due 2025-07-31).", description);
    }

    [Theory]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    public void The_call_time_on_the_timeline_does_not_depend_on_the_culture(string culture)
    {
        var journey = Journey.At(PlaybookStage.ScheduleCall);

        var description = InCulture(culture, () =>
        {
            journey.ScheduleCall(requestSent: false, c => c with { StartsAt = new DateTimeOffset(2025, 6, 16, 9, 0, 0, TimeSpan.Zero) });
            return journey.Incident.Timeline[^1].Description;
        });

        Assert.Equal("Planned the call for 2025-06-16 09:00 UTC.", description);
    }

    private static T InCulture<T>(string name, Func<T> action)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
