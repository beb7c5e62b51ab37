namespace PromiseKeeper.Domain.Clocks;

/// <summary>
/// Every clock of an incident, from its facts and its team's (or client's) rules. A stage's clock starts with its trigger and
/// stops when the step is done or the incident is finished; a clock whose trigger has not happened yet is not returned.
/// Only the account manager's clocks pause: the legal review's clock is legal's own work and never waits on itself.
/// </summary>
public static class IncidentClocks
{
    /// <summary>The stage clocks in playbook order, then the open check-ins and the open measures by date.</summary>
    public static IReadOnlyList<IncidentClock> Of(IncidentClockFacts facts, TeamClockRules rules)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(rules);
        var clocks = new List<IncidentClock>();
        Stage(ClockKind.TellClient, facts.DiscoveredAt, facts.ClientToldAt);
        Stage(ClockKind.HoldCall, facts.DiscoveredAt, facts.ConversationHeldAt);
        Stage(ClockKind.SendRecap, facts.ConversationHeldAt, facts.RecapSentAt);
        Stage(ClockKind.SubmitRetro, facts.RecapSentAt, facts.RetroSubmittedAt);
        Stage(ClockKind.LegalReview, facts.LegalReviewRequestedAt, facts.LegalReviewDecidedAt);
        clocks.AddRange(facts.OpenCheckIns.OrderBy(i => i.DueOn).Select(i => DueBy(IncidentClockSubject.CheckIn, i)));
        clocks.AddRange(facts.OpenMeasures.OrderBy(i => i.DueOn).Select(i => DueBy(IncidentClockSubject.Measure, i)));
        return clocks;

        void Stage(ClockKind kind, DateTimeOffset? startedAt, DateTimeOffset? doneAt)
        {
            if (startedAt is not { } start)
            {
                return;
            }

            var pauses = kind == ClockKind.LegalReview ? [] : facts.Pauses;
            clocks.Add(new IncidentClock(IncidentClockSubject.Stage, kind, null, rules.Clock(kind, start, pauses, doneAt ?? facts.FinishedAt)));
        }

        // A check-in or a measure is due at the end of its date's working hours in the team's zone: "on Friday" means by Friday evening.
        IncidentClock DueBy(IncidentClockSubject subject, ClockDueItem item) =>
            new(subject, null, item, rules.ClockDueBy(item.Since, rules.Calendar.EndOfWorkingDay(item.DueOn)));
    }
}
