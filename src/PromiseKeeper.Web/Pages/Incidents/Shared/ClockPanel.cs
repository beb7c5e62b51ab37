using PromiseKeeper.Domain.Clocks;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Pages.Incidents.Shared;

/// <summary>One clock on the incident page, read at the page's instant.</summary>
public sealed record ClockRow(IncidentClock Clock, ClockReading Reading);

/// <summary>The incident's clocks and waits as the incident page shows them: every clock that runs or ran, read now.</summary>
/// <param name="Pauses">Every wait, oldest first, the wait on legal under way included.</param>
public sealed record ClockPanel(IReadOnlyList<ClockRow> Clocks, IReadOnlyList<ClockPause> Pauses, IncidentPause? OpenClientPause)
{
    /// <param name="rules">The team's rules, with the client's SLA applied.</param>
    public static ClockPanel For(Incident incident, TeamClockRules rules, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var pauses = incident.ClockPauses();
        var clocks = IncidentClocks.Of(IncidentClockFacts.From(incident), rules);
        return new ClockPanel([.. clocks.Select(c => new ClockRow(c, c.Clock.At(now)))], pauses, incident.OpenClientPause);
    }
}
