using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Clocks;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Pages.Dashboard;
using PromiseKeeper.Web.Tests.Fixtures;
using DashboardPage = PromiseKeeper.Web.Pages.Dashboard.IndexModel;

namespace PromiseKeeper.Web.Tests.Dashboard;

/// <summary>Every figure of the dashboard on <see cref="DashboardTest"/>'s known data set, against numbers worked out by hand.</summary>
public sealed class DashboardFiguresTests(WebAppFixture app) : DashboardTest(app)
{
    [Fact]
    public async Task A_head_of_customer_success_gets_every_figure_of_every_team_as_worked_out_by_hand()
    {
        var w = await KnownWorldAsync();

        var result = await App.SendAsync(w.Head, m => m.Send(new DashboardPage.Query()));

        Assert.Null(result.Problem);
        Assert.True(result.AllTeams);
        var f = result.Figures!;
        Assert.Equal((new DateOnly(2026, 10, 25), new DateOnly(2026, 11, 23)), (f.Scope.FirstDay, f.Scope.LastDay));
        var t = f.Totals;
        // One to Five; Old is before the period. Four has no figures row yet.
        Assert.Equal((5, 1, 4), (t.Incidents, t.NotComputed, t.Count("open")));
        Assert.Equal([3, 1, 1, 0, 0], DashboardFigures.Mistakes.Select(l => t.Count(l.ToString().ToLowerInvariant())));
        Assert.Equal([0.75, 0.25, 0.25, 0, 0], DashboardFigures.Mistakes.Select(l => t.MistakeShare(l)!.Value));
        // Told after 60, 180 and 600 minutes: the median is 180; the 90th percentile 180 + 0.8 × (600 − 180) = 516.
        Assert.Equal((180d, 516d), (t.Value("tell50")!.Value, Math.Round(t.Value("tell90")!.Value, 6)));
        Assert.Equal((2, 3), (t.Count("toldFirst"), t.Count("told")));
        // 1 + 0 + 2 findings in 2 + 3 + 1 texts.
        Assert.Equal(0.5, t.BlamePerText);
        Assert.Equal([1, 0, 1, 1, 1], new[] { "ratioUnder10", "ratio10To4", "ratio4To1", "ratioOver1", "ratioUnknown" }.Select(t.Count));
        Assert.Equal(1d / 3, t.ShareUnderOneToTen);

        Assert.Equal(
            new Dictionary<(PlaybookStage, DashboardAge), int>
            {
                [(PlaybookStage.InvestigateOrigin, DashboardAge.Day)] = 1,
                [(PlaybookStage.Conversation, DashboardAge.Week)] = 1,
                [(PlaybookStage.InternalRetro, DashboardAge.Month)] = 1,
                [(PlaybookStage.InvestigateOrigin, DashboardAge.Week)] = 1,
            },
            f.Open);
        // The paused clock counts nowhere.
        Assert.Equal(
            new Dictionary<(ClockKind, ClockState), int>
            {
                [(ClockKind.HoldCall, ClockState.Breached)] = 1,
                [(ClockKind.TellClient, ClockState.Warning)] = 1,
                [(ClockKind.SubmitRetro, ClockState.Breached)] = 1,
            },
            f.Clocks);
        Assert.Equal(new Dictionary<ClockKind, int> { [ClockKind.HoldCall] = 1 }, f.Breaches);
        // The walk's retro measures (due in two weeks) are neither overdue nor done.
        Assert.Equal((1, 1, 2, 1), (f.Measures.Count("overdue"), f.Measures.Count("overdueIncidents"), f.Measures.Count("done"), f.Measures.Count("doneOnTime")));

        Assert.Equal([new RepeatRow("Acme", (await ClientIdAsync("Acme")).ToString(System.Globalization.CultureInfo.InvariantCulture), 2),
            new RepeatRow("Globex", (await ClientIdAsync("Globex")).ToString(System.Globalization.CultureInfo.InvariantCulture), 2)], f.RepeatClients);
        Assert.Equal([new RepeatRow("Sam Sales", "Sam Sales", 4)], f.RepeatPromisers);
        Assert.Equal([new RepeatRow(nameof(RootCauseCategory.PromiseWithoutCheckingCapacity), nameof(RootCauseCategory.PromiseWithoutCheckingCapacity), 2)], f.RepeatRootCauses);
        Assert.Equal([new RepeatRow(nameof(IncidentKind.MissedDeadline), nameof(IncidentKind.MissedDeadline), 4)], f.RepeatKinds);

        // Weeks from Monday, cut to the period: 19 Oct (from 25 Oct) to 23 Nov.
        Assert.Equal(
            [
                new TrendBucket(new(2026, 10, 25), new(2026, 10, 25), 0, 0, 0),
                new TrendBucket(new(2026, 10, 26), new(2026, 11, 1), 0, 0, 0),
                new TrendBucket(new(2026, 11, 2), new(2026, 11, 8), 1, 0, 0),
                new TrendBucket(new(2026, 11, 9), new(2026, 11, 15), 1, 1, 0),
                new TrendBucket(new(2026, 11, 16), new(2026, 11, 22), 2, 2, 0),
                new TrendBucket(new(2026, 11, 23), new(2026, 11, 23), 1, 1, 1),
            ],
            f.Trend);
        Assert.Equal(["Enterprise accounts", WebAppFixture.DefaultTeamName], f.Teams.Select(team => team.Name));
    }

    [Fact]
    public async Task A_team_lead_counts_only_their_own_team()
    {
        var w = await KnownWorldAsync();

        var f = (await App.SendAsync(w.Lead, m => m.Send(new DashboardPage.Query(TeamId: w.TeamTwo)))).Figures!;

        Assert.Equal(w.TeamOne, f.Scope.TeamId);
        Assert.Equal((4, 1, 3), (f.Totals.Incidents, f.Totals.NotComputed, f.Totals.Count("open")));
        Assert.Equal(2d / 3, f.Totals.MistakeShare('A'));
        Assert.Empty(f.Teams);
        Assert.DoesNotContain(f.RepeatPromisers, r => r.Label == "Pat");
    }

    [Fact]
    public async Task A_split_by_team_gives_a_row_per_team_with_its_own_figures()
    {
        var w = await KnownWorldAsync();

        var f = (await App.SendAsync(w.Head, m => m.Send(new DashboardPage.Query(Split: "Team")))).Figures!;

        Assert.Equal(5, f.Totals.Incidents);
        Assert.Equal(
            [(w.TeamOne.ToString(System.Globalization.CultureInfo.InvariantCulture), 4, 2), (w.TeamTwo.ToString(System.Globalization.CultureInfo.InvariantCulture), 1, 1)],
            f.Splits.Select(s => (s.Value, s.Totals.Incidents, s.Totals.Count("a"))));
        Assert.Equal("Enterprise accounts", f.Splits[1].Name);
    }

    [Fact]
    public async Task A_custom_period_of_a_year_counts_by_month()
    {
        var w = await KnownWorldAsync();

        var f = (await App.SendAsync(w.Head, m => m.Send(new DashboardPage.Query("custom", "2025-12-01", "2026-11-30")))).Figures!;

        Assert.Equal(6, f.Totals.Incidents);
        Assert.False(f.Scope.ByWeek);
        Assert.Equal(12, f.Trend.Count);
        Assert.Equal((new DateOnly(2026, 10, 1), 1, 1), (f.Trend[10].Start, f.Trend[10].Incidents, f.Trend[10].Breaches));
        Assert.Equal((new DateOnly(2026, 11, 30), 5), (f.Trend[11].End, f.Trend[11].Incidents));
    }

    private Task<int> ClientIdAsync(string name) =>
        App.WithDbAsync(db => db.Clients.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());
}
