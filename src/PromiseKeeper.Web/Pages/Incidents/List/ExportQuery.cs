using System.Globalization;
using System.Runtime.CompilerServices;
using Mediator;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Figures;
using PromiseKeeper.Web.Search;

namespace PromiseKeeper.Web.Pages.Incidents.List;

/// <summary>What a CSV download holds.</summary>
public enum ExportOf
{
    Incidents,
    Measures,
    CheckIns,
}

/// <summary>A CSV download: its column headers (English, localized by the page) and its rows, read from the database as they are written.</summary>
public sealed record CsvExport(ExportOf Of, IReadOnlyList<string> Headers, IAsyncEnumerable<string?[]> Rows);

/// <summary>The list's filters plus what to export; the same access as the list.</summary>
[AuthorizeRequest(RequestAccess.ListIncidents)]
public sealed class ExportQuery : IncidentListFilter, IQuery<CsvExport>
{
    public ExportOf Of { get; set; }
}

public sealed class ExportQueryHandler(StreamingReads reads, ICurrentUser user, TimeProvider clock) : IQueryHandler<ExportQuery, CsvExport>
{
    // Streams its rows (a million rows never held in memory); disposed when the download's rows end.
    private readonly PromiseKeeperDbContext db = reads.Create();

    private static readonly string[] IncidentHeaders =
        ["Incident", "Summary", "Client", "Kind", "Stage", "Discovered", "Account manager", "Contract reference", "Promised by", "Severity"];

    private static readonly string[] MeasureHeaders = ["Incident", "Summary", "Client", "Prevention measure", "Owner", "Due on", "Status", "Done at"];

    private static readonly string[] CheckInHeaders = ["Incident", "Summary", "Client", "Planned on", "Topic", "Done at", "Cancelled at"];

    /// <summary>The headers with no rows: what filters the list does not know export.</summary>
    public static CsvExport Nothing(ExportOf of) =>
        new(of, of switch { ExportOf.Measures => MeasureHeaders, ExportOf.CheckIns => CheckInHeaders, _ => IncidentHeaders }, NoRows());

    public ValueTask<CsvExport> Handle(ExportQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Show ??= user.IsInRole(Roles.AccountManager) ? IncidentListFilter.Mine : IncidentListFilter.All;
        var values = IncidentListFilterCheck.Check(query);
        if (values.Problems.Count > 0)
        {
            db.Dispose();
            return ValueTask.FromResult(Nothing(query.Of));
        }

        var incidents = db.Filtered(user, query, values, clock.GetUtcNow());
        if (values.Text is { } text)
        {
            incidents = IncidentSearchQuery.Matching(db, incidents, text);
        }

        var zone = TimeZoneIds.Find(user.TimeZoneId) ?? DateTimeZone.Utc;
        return ValueTask.FromResult(query.Of switch
        {
            ExportOf.Measures => Measures(incidents, zone, cancellationToken),
            ExportOf.CheckIns => CheckIns(incidents, zone, cancellationToken),
            _ => Incidents(incidents, zone, cancellationToken),
        });
    }

    private CsvExport Incidents(IQueryable<Incident> incidents, DateTimeZone zone, CancellationToken cancellationToken)
    {
        var figures = db.Set<IncidentFigures>();
        var rows = from i in incidents.OrderByDescending(i => i.DiscoveredAt).ThenByDescending(i => i.Id)
                   join c in db.Clients on i.ClientId equals c.Id
                   join o in db.Users on i.OwnerId equals o.Id
                   select new
                   {
                       i.Id, i.Summary, Client = c.Name, i.Kind, i.Stage, i.DiscoveredAt, Owner = o.DisplayName, i.ContractReference, i.PromisedBy,
                       Severity = figures.Where(f => f.IncidentId == i.Id).Select(f => (Severity?)f.Severity).FirstOrDefault(),
                   };
        return new CsvExport(
            ExportOf.Incidents,
            IncidentHeaders,
            Stream(rows, r => [Id(r.Id), r.Summary, r.Client, DisplayText.Of(r.Kind), DisplayText.Of(r.Stage), Time(r.DiscoveredAt, zone), r.Owner, r.ContractReference, r.PromisedBy, r.Severity is { } s ? DisplayText.Of(s) : null], cancellationToken));
    }

    private CsvExport Measures(IQueryable<Incident> incidents, DateTimeZone zone, CancellationToken cancellationToken)
    {
        var rows = from i in incidents
                   join c in db.Clients on i.ClientId equals c.Id
                   from m in i.PreventionMeasures
                   orderby i.DiscoveredAt descending, i.Id descending, m.DueOn, m.Id
                   select new { i.Id, i.Summary, Client = c.Name, m.Description, m.Owner, m.DueOn, m.Status, m.DoneAt };
        return new CsvExport(
            ExportOf.Measures,
            MeasureHeaders,
            Stream(rows, r => [Id(r.Id), r.Summary, r.Client, r.Description, r.Owner, Date(r.DueOn), DisplayText.Of(r.Status), r.DoneAt is { } at ? Time(at, zone) : null], cancellationToken));
    }

    private CsvExport CheckIns(IQueryable<Incident> incidents, DateTimeZone zone, CancellationToken cancellationToken)
    {
        var rows = from i in incidents
                   join c in db.Clients on i.ClientId equals c.Id
                   from ch in i.CheckIns
                   orderby i.DiscoveredAt descending, i.Id descending, ch.PlannedOn, ch.Id
                   select new { i.Id, i.Summary, Client = c.Name, ch.PlannedOn, ch.Topic, ch.IsDone, ch.DoneAt, ch.CancelledAt };
        return new CsvExport(
            ExportOf.CheckIns,
            CheckInHeaders,
            Stream(rows, r => [Id(r.Id), r.Summary, r.Client, Date(r.PlannedOn), r.Topic, r.DoneAt is { } done ? Time(done, zone) : null, r.CancelledAt is { } cancelled ? Time(cancelled, zone) : null], cancellationToken));
    }

    /// <summary>Rows as the database sends them: never a list of them all (a million rows stay out of memory).</summary>
    private async IAsyncEnumerable<string?[]> Stream<T>(IQueryable<T> rows, Func<T, string?[]> cells, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using (db)
        {
            await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                yield return cells(row);
            }
        }
    }

#pragma warning disable CS1998 // An empty async stream: no awaits needed.
    private static async IAsyncEnumerable<string?[]> NoRows()
    {
        yield break;
    }
#pragma warning restore CS1998

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>A sortable date and time in the reader's zone: what spreadsheets read as a date whatever their language.</summary>
    private static string Time(DateTimeOffset instant, DateTimeZone zone) =>
        Instant.FromDateTimeOffset(instant).InZone(zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
