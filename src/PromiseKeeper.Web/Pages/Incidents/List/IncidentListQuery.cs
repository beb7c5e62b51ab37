using Microsoft.EntityFrameworkCore;
using NodaTime;
using PromiseKeeper.Domain.Clocks;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.ClockHistory;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Figures;

namespace PromiseKeeper.Web.Pages.Incidents.List;

/// <summary>
/// The incidents a filter keeps, as one query over what the user may see: the list pages it, the CSV exports stream it.
/// Every filter is a WHERE on Incidents or an EXISTS on a child table, so the list stays one statement.
/// </summary>
public static class IncidentListQuery
{
    public static IQueryable<Incident> Filtered(
        this PromiseKeeperDbContext db, ICurrentUser user, IncidentListFilter filter, CheckedIncidentFilter values, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(values);

        var incidents = db.Incidents.AsNoTracking().VisibleTo(user);
        if (values.Problems.Count > 0)
        {
            return incidents.Where(_ => false);
        }

        if (filter.Show != IncidentListFilter.All)
        {
            var userId = user.Id;
            incidents = incidents.Where(i => i.OwnerId == userId);
        }

        if (filter.Stage is { } stage)
        {
            incidents = incidents.Where(i => i.Stage == stage);
        }

        if (filter.ClientId is { } clientId)
        {
            incidents = incidents.Where(i => i.ClientId == clientId);
        }

        if (filter.Kind is { } kind)
        {
            incidents = incidents.Where(i => i.Kind == kind);
        }

        if (filter.OwnerId is { } ownerId)
        {
            incidents = incidents.Where(i => i.OwnerId == ownerId);
        }

        if (filter.TeamId is { } teamId)
        {
            incidents = incidents.Where(i => i.TeamId == teamId);
        }

        if (filter.ContractLinked is { } linked)
        {
            incidents = linked ? incidents.Where(i => i.ContractReference != null) : incidents.Where(i => i.ContractReference == null);
        }

        if (filter.Open == true)
        {
            incidents = incidents.Where(i => i.Stage != PlaybookStage.Closed && i.Stage != PlaybookStage.NotApplicable);
        }

        if (!string.IsNullOrWhiteSpace(filter.PromisedBy))
        {
            var promisedBy = filter.PromisedBy.Trim().ToLowerInvariant();
            incidents = incidents.Where(i => i.PromisedBy != null && i.PromisedBy.ToLower() == promisedBy);
        }

        if (values.RootCause is { } rootCause)
        {
            incidents = incidents.Where(i => i.Retro != null && i.Retro.RootCauseCategory == rootCause);
        }

        // The period and "today" are the reader's: a link from the dashboard counts the same days its reader sees.
        var zone = TimeZoneIds.Find(user.TimeZoneId) ?? DateTimeZone.Utc;
        if (values.From is { } from)
        {
            var start = zone.AtStartOfDay(LocalDate.FromDateOnly(from)).ToDateTimeOffset().ToUniversalTime();
            incidents = incidents.Where(i => i.DiscoveredAt >= start);
        }

        if (values.To is { } to)
        {
            var end = zone.AtStartOfDay(LocalDate.FromDateOnly(to).PlusDays(1)).ToDateTimeOffset().ToUniversalTime();
            incidents = incidents.Where(i => i.DiscoveredAt < end);
        }

        incidents = WithFigures(db, incidents, values);
        incidents = WithClock(db, incidents, values, now);
        return WithOverdue(incidents, values, Instant.FromDateTimeOffset(now).InZone(zone).Date.ToDateOnly());
    }

    /// <summary>Severity and mistakes come from the figures table; an incident without figures yet matches neither.</summary>
    private static IQueryable<Incident> WithFigures(PromiseKeeperDbContext db, IQueryable<Incident> incidents, CheckedIncidentFilter values)
    {
        var figures = db.Set<IncidentFigures>();
        if (values.Severity is { } severity)
        {
            incidents = incidents.Where(i => figures.Any(f => f.IncidentId == i.Id && f.Severity == severity));
        }

        return values.Mistake switch
        {
            'A' => incidents.Where(i => figures.Any(f => f.IncidentId == i.Id && f.MistakeA)),
            'B' => incidents.Where(i => figures.Any(f => f.IncidentId == i.Id && f.MistakeB)),
            'C' => incidents.Where(i => figures.Any(f => f.IncidentId == i.Id && f.MistakeC)),
            'D' => incidents.Where(i => figures.Any(f => f.IncidentId == i.Id && f.MistakeD)),
            'E' => incidents.Where(i => figures.Any(f => f.IncidentId == i.Id && f.MistakeE)),
            _ => incidents,
        };
    }

    /// <summary>A running (not paused) clock past its warning but not its due time, or past its due time: as the home page reads them.</summary>
    private static IQueryable<Incident> WithClock(PromiseKeeperDbContext db, IQueryable<Incident> incidents, CheckedIncidentFilter values, DateTimeOffset now)
    {
        if (values.Clock is not { } state)
        {
            return incidents;
        }

        // Stage clocks only: a measure's or check-in's clock is what Overdue covers, and the dashboard counts stage clocks.
        var clocks = db.Set<RunningClock>().Where(c => c.Subject == IncidentClockSubject.Stage && c.State != ClockState.Paused);
        if (values.ClockKind is { } kind)
        {
            clocks = clocks.Where(c => c.Kind == kind);
        }

        clocks = state == ClockState.Breached
            ? clocks.Where(c => c.DueAt <= now)
            : clocks.Where(c => c.WarnsAt <= now && c.DueAt > now);
        return incidents.Where(i => clocks.Any(c => c.IncidentId == i.Id));
    }

    /// <summary>
    /// Past its date means before the reader's today: due today is not overdue yet. An incident marked not applicable has no
    /// measures to track (as the review queue and the dashboard count them).
    /// </summary>
    private static IQueryable<Incident> WithOverdue(IQueryable<Incident> incidents, CheckedIncidentFilter values, DateOnly today) =>
        values.Overdue switch
        {
            OverdueWork.Measures => incidents.Where(i => i.Stage != PlaybookStage.NotApplicable
                && i.PreventionMeasures.Any(m => m.Status != MeasureStatus.Done && m.DueOn < today)),
            OverdueWork.CheckIns => incidents.Where(i => i.CheckIns.Any(c => !c.IsDone && c.CancelledAt == null && c.PlannedOn < today)),
            _ => incidents,
        };
}
