using PromiseKeeper.Domain.Clocks;
using static PromiseKeeper.Domain.Tests.Clocks.ClockTestTimes;

namespace PromiseKeeper.Domain.Tests.Clocks;

/// <summary>
/// <see cref="IncidentClocks"/>: an incident discovered on Monday 7 December 2026, 09:00 in Ljubljana, with office hours and
/// the default targets (tell the client in 1 working day, hold the call in 3, recap in 1, retro in 10, legal in 2).
/// </summary>
public class IncidentClocksTests
{
    private static readonly TeamClockRules Rules = new(OfficeHours(Ljubljana), ClockTargets.Default);
    private static readonly DateTimeOffset Discovered = Local(7, 9);

    private static DateTimeOffset Local(int day, int hour, int minute = 0) => At(Ljubljana, 2026, 12, day, hour, minute);

    private static IncidentClockFacts Facts(
        DateTimeOffset? clientToldAt = null,
        DateTimeOffset? heldAt = null,
        DateTimeOffset? recapSentAt = null,
        DateTimeOffset? retroSubmittedAt = null,
        DateTimeOffset? legalRequestedAt = null,
        DateTimeOffset? legalDecidedAt = null,
        DateTimeOffset? finishedAt = null,
        IReadOnlyList<ClockDueItem>? checkIns = null,
        IReadOnlyList<ClockDueItem>? measures = null,
        IReadOnlyList<ClockPause>? pauses = null) => new(
            Discovered, clientToldAt, heldAt, recapSentAt, retroSubmittedAt, legalRequestedAt, legalDecidedAt, finishedAt,
            checkIns ?? [], measures ?? [], pauses ?? []);

    private static ClockReading Read(IncidentClockFacts facts, ClockKind kind, DateTimeOffset now) =>
        IncidentClocks.Of(facts, Rules).Single(c => c.Kind == kind).Clock.At(now);

    private static IEnumerable<string> Keys(IncidentClockFacts facts, TeamClockRules? rules = null) =>
        IncidentClocks.Of(facts, rules ?? Rules).Select(c => c.Key);

    [Fact]
    public void A_new_incident_has_only_the_clocks_that_start_at_the_discovery()
    {
        var facts = Facts();

        Assert.Equal(["TellClient", "HoldCall"], Keys(facts));
        var tell = Read(facts, ClockKind.TellClient, Local(7, 16));
        Assert.Equal(ClockState.Warning, tell.State);
        Assert.Equal(Local(7, 17), tell.DueAt);
        var call = Read(facts, ClockKind.HoldCall, Local(8, 9));
        Assert.Equal(ClockState.Running, call.State);
        Assert.Equal(Local(9, 17), call.DueAt);
        Assert.Equal(TimeSpan.FromHours(16), call.Left);
    }

    [Fact]
    public void Telling_the_client_stops_its_clock()
    {
        var facts = Facts(clientToldAt: Local(7, 12));

        var reading = Read(facts, ClockKind.TellClient, Local(10, 9));

        Assert.Equal(ClockState.Met, reading.State);
        Assert.Equal(TimeSpan.FromHours(5), reading.Left);
        Assert.Equal(ClockState.Breached, Read(facts, ClockKind.HoldCall, Local(10, 9)).State);
    }

    [Fact]
    public void The_conversation_stops_the_call_clock_and_starts_the_recap_clock()
    {
        var facts = Facts(clientToldAt: Local(7, 12), heldAt: Local(8, 10));

        Assert.Equal(["TellClient", "HoldCall", "SendRecap"], Keys(facts));
        Assert.Equal(ClockState.Met, Read(facts, ClockKind.HoldCall, Local(8, 11)).State);
        var recap = Read(facts, ClockKind.SendRecap, Local(8, 11));
        Assert.Equal(ClockState.Running, recap.State);
        Assert.Equal(Local(9, 10), recap.DueAt);
    }

    [Fact]
    public void The_recap_stops_its_clock_and_starts_the_retro_clock()
    {
        var facts = Facts(clientToldAt: Local(7, 12), heldAt: Local(8, 10), recapSentAt: Local(9, 11));

        Assert.Equal(ClockState.MetLate, Read(facts, ClockKind.SendRecap, Local(9, 12)).State);
        var retro = Read(facts, ClockKind.SubmitRetro, Local(9, 12));
        Assert.Equal(ClockState.Running, retro.State);
        Assert.Equal(Local(23, 11), retro.DueAt); // 10 working days: two weekends in between
    }

    [Fact]
    public void Submitting_the_retro_stops_its_clock()
    {
        var facts = Facts(clientToldAt: Local(7, 12), heldAt: Local(8, 10), recapSentAt: Local(9, 11), retroSubmittedAt: Local(14, 11));

        var reading = Read(facts, ClockKind.SubmitRetro, Local(28, 9));

        Assert.Equal(ClockState.Met, reading.State);
        Assert.Equal(TimeSpan.FromHours(56), reading.Left); // 3 of 10 working days used
    }

    [Fact]
    public void The_legal_review_runs_from_the_request_until_legal_decides()
    {
        var waiting = Facts(legalRequestedAt: Local(7, 10));
        var decided = Facts(legalRequestedAt: Local(7, 10), legalDecidedAt: Local(8, 15));

        Assert.Equal(["TellClient", "HoldCall", "LegalReview"], Keys(waiting));
        var open = Read(waiting, ClockKind.LegalReview, Local(9, 11));
        Assert.Equal(ClockState.Breached, open.State);
        Assert.Equal(Local(9, 10), open.DueAt);
        Assert.Equal(ClockState.Met, Read(decided, ClockKind.LegalReview, Local(9, 11)).State);
    }

    [Fact]
    public void A_pause_pushes_out_the_account_managers_clocks_by_the_working_time_it_lasted()
    {
        var facts = Facts(
            legalRequestedAt: Local(7, 9),
            pauses: [new ClockPause(Local(7, 11), Local(7, 13), PauseReason.WaitingOnClient, "Their board meets at noon")]);

        Assert.Equal(Local(8, 11), Read(facts, ClockKind.TellClient, Local(7, 14)).DueAt);
        Assert.Equal(Local(10, 11), Read(facts, ClockKind.HoldCall, Local(7, 14)).DueAt);
        Assert.Equal(Local(8, 17), Read(facts, ClockKind.LegalReview, Local(7, 14)).DueAt);
    }

    [Fact]
    public void Waiting_on_legal_pauses_the_account_managers_clocks_but_not_legals()
    {
        var facts = Facts(
            legalRequestedAt: Local(7, 10),
            pauses: [new ClockPause(Local(7, 10), null, PauseReason.WaitingOnLegal)]);

        var tell = Read(facts, ClockKind.TellClient, Local(8, 10));
        var legal = Read(facts, ClockKind.LegalReview, Local(8, 10));

        Assert.Equal(ClockState.Paused, tell.State);
        Assert.Equal(TimeSpan.FromHours(7), tell.Left);
        Assert.Equal(ClockState.Running, legal.State);
        Assert.Equal(TimeSpan.FromHours(8), legal.Left);
    }

    [Fact]
    public void A_pause_after_a_step_was_done_does_not_change_its_clock()
    {
        var facts = Facts(clientToldAt: Local(7, 12), pauses: [new ClockPause(Local(7, 14), Local(8, 14), PauseReason.WaitingOnClient)]);

        var tell = Read(facts, ClockKind.TellClient, Local(9, 9));

        Assert.Equal(ClockState.Met, tell.State);
        Assert.Equal(Local(7, 17), tell.DueAt);
    }

    [Fact]
    public void Open_check_ins_and_measures_are_due_at_the_end_of_their_dates_working_day_in_the_teams_zone()
    {
        var checkIn = new ClockDueItem(Guid.NewGuid(), "Progress on the reporting module", new DateOnly(2026, 12, 11), Local(8, 10));
        var later = new ClockDueItem(Guid.NewGuid(), "Second look", new DateOnly(2026, 12, 18), Local(8, 10));
        var measure = new ClockDueItem(Guid.NewGuid(), "Capacity check", new DateOnly(2026, 12, 15), Local(9, 11));
        var facts = Facts(heldAt: Local(8, 10), checkIns: [later, checkIn], measures: [measure]);

        var clocks = IncidentClocks.Of(facts, Rules);

        Assert.Equal(
            ["TellClient", "HoldCall", "SendRecap", $"CheckIn:{checkIn.Id}", $"CheckIn:{later.Id}", $"Measure:{measure.Id}"],
            clocks.Select(c => c.Key));
        var first = clocks.Single(c => c.Item == checkIn);
        Assert.Equal(IncidentClockSubject.CheckIn, first.Subject);
        Assert.Equal(Local(11, 17), first.Clock.At(Local(9, 9)).DueAt);
        Assert.Equal(ClockState.Breached, first.Clock.At(Local(11, 17)).State);
        Assert.Equal(Local(15, 17), clocks.Single(c => c.Item == measure).Clock.At(Local(9, 12)).DueAt);
    }

    [Fact]
    public void Check_ins_and_measures_do_not_pause()
    {
        var measure = new ClockDueItem(Guid.NewGuid(), "Capacity check", new DateOnly(2026, 12, 8), Local(7, 9));
        var facts = Facts(measures: [measure], pauses: [new ClockPause(Local(7, 9), null, PauseReason.WaitingOnClient)]);

        var clock = IncidentClocks.Of(facts, Rules).Single(c => c.Subject == IncidentClockSubject.Measure);

        Assert.False(clock.Pausable);
        Assert.Equal(ClockState.Warning, clock.Clock.At(Local(8, 13)).State);
        Assert.Equal(Local(8, 17), clock.Clock.At(Local(8, 13)).DueAt);
    }

    [Fact]
    public void A_check_in_on_a_day_off_is_due_at_the_end_of_that_days_hours()
    {
        var saturday = new ClockDueItem(Guid.NewGuid(), "Weekend release", new DateOnly(2026, 12, 12), Local(8, 10));

        var clock = IncidentClocks.Of(Facts(heldAt: Local(8, 10), checkIns: [saturday]), Rules).Single(c => c.Item == saturday).Clock;

        Assert.Equal(Local(12, 17), clock.At(Local(9, 9)).DueAt);
        Assert.Equal(ClockState.Warning, clock.At(Local(12, 10)).State);
    }

    [Fact]
    public void A_finished_incident_stops_the_clocks_of_steps_never_done()
    {
        var facts = Facts(clientToldAt: Local(7, 12), finishedAt: Local(8, 12));

        var call = Read(facts, ClockKind.HoldCall, Local(21, 9));

        Assert.Equal(ClockState.Met, call.State);
        Assert.Equal(TimeSpan.FromHours(13), call.Left);
    }

    [Fact]
    public void The_stage_clocks_of_the_account_manager_pause_and_legals_does_not()
    {
        var clocks = IncidentClocks.Of(Facts(clientToldAt: Local(7, 12), heldAt: Local(8, 10), legalRequestedAt: Local(7, 10)), Rules);

        Assert.Equal(
            [(ClockKind.TellClient, true), (ClockKind.HoldCall, true), (ClockKind.SendRecap, true), (ClockKind.LegalReview, false)],
            clocks.Select(c => (c.Kind!.Value, c.Pausable)));
    }

    [Fact]
    public void A_clients_targets_replace_the_teams_where_it_has_them()
    {
        var client = Rules.ForClient(new Dictionary<ClockKind, decimal?> { [ClockKind.TellClient] = 0.5m, [ClockKind.HoldCall] = null });

        var clocks = IncidentClocks.Of(Facts(), client);

        Assert.Equal(Local(7, 13), clocks.Single(c => c.Kind == ClockKind.TellClient).Clock.At(Local(7, 10)).DueAt);
        Assert.Equal(Local(9, 17), clocks.Single(c => c.Kind == ClockKind.HoldCall).Clock.At(Local(7, 10)).DueAt);
        Assert.Equal(Rules.Targets.WarnSharePercent, client.Targets.WarnSharePercent);
        Assert.Same(Rules, Rules.ForClient(new Dictionary<ClockKind, decimal?> { [ClockKind.SendRecap] = null }));
    }

    [Fact]
    public void A_client_target_of_zero_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => Rules.ForClient(new Dictionary<ClockKind, decimal?> { [ClockKind.SendRecap] = 0m }));

        Assert.Contains(error.Violations, v => v.Field == "SendRecapDays");
    }
}
