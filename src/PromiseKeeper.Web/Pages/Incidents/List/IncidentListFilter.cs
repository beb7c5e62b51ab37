using System.Globalization;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Pages.Incidents.List;

/// <summary>
/// The incident list's filters as the query string names them (docs/adr/0025): the list, its CSV exports and every link
/// to them (dashboard, client page) use these names. Values that are not plain ids are kept as typed, so an unknown one
/// can be named in a message (<see cref="IncidentListFilterCheck"/>) instead of being dropped silently.
/// </summary>
public class IncidentListFilter
{
    public const string Mine = "mine";
    public const string All = "all";

    /// <summary>"mine" (the default for account managers) or "all" incidents the user may see.</summary>
    public string? Show { get; set; }

    public PlaybookStage? Stage { get; set; }

    public int? ClientId { get; set; }

    public IncidentKind? Kind { get; set; }

    /// <summary>The account manager's user id.</summary>
    public string? OwnerId { get; set; }

    public int? TeamId { get; set; }

    /// <summary>Low, Medium, High or Critical, from the incident's figures.</summary>
    public string? Severity { get; set; }

    /// <summary>One of the letters A to E, from the incident's figures.</summary>
    public string? Mistake { get; set; }

    /// <summary>Warning or Breached: a stage clock of the incident is in that state now.</summary>
    public string? Clock { get; set; }

    /// <summary>Narrows <see cref="Clock"/> to one kind of clock.</summary>
    public string? ClockKind { get; set; }

    /// <summary>Measures or CheckIns: an open one is past its date.</summary>
    public string? Overdue { get; set; }

    /// <summary>The retro's root-cause category.</summary>
    public string? RootCause { get; set; }

    public bool? ContractLinked { get; set; }

    /// <summary>Who made the promise, matched whole and without regard to case.</summary>
    public string? PromisedBy { get; set; }

    /// <summary>First day of discovery, yyyy-MM-dd in the reader's time zone, inclusive.</summary>
    public string? From { get; set; }

    /// <summary>Last day of discovery, yyyy-MM-dd in the reader's time zone, inclusive.</summary>
    public string? To { get; set; }

    /// <summary>True: only incidents that are not closed or not applicable.</summary>
    public bool? Open { get; set; }

    /// <summary>Full-text search over the incident's words.</summary>
    public string? Text { get; set; }

    /// <summary>Whether any filter other than <see cref="Show"/> is set.</summary>
    public bool IsFiltered =>
        Stage is not null || ClientId is not null || Kind is not null || OwnerId is not null || TeamId is not null
        || Severity is not null || Mistake is not null || Clock is not null || ClockKind is not null || Overdue is not null
        || RootCause is not null || ContractLinked is not null || PromisedBy is not null || From is not null || To is not null
        || Open is not null || !string.IsNullOrWhiteSpace(Text);

    /// <summary>Whether one of the rarer filters (under "More filters") is set.</summary>
    public bool HasMoreFilters =>
        Mistake is not null || Clock is not null || ClockKind is not null || Overdue is not null || RootCause is not null
        || ContractLinked is not null || PromisedBy is not null || Open is not null;

    /// <summary>The filters that are set, as route values for links (paging, exports), without the cursors.</summary>
    public Dictionary<string, string> RouteValues()
    {
        var values = new Dictionary<string, string?>
        {
            [nameof(Show)] = Show,
            [nameof(Stage)] = Stage?.ToString(),
            [nameof(ClientId)] = ClientId?.ToString(CultureInfo.InvariantCulture),
            [nameof(Kind)] = Kind?.ToString(),
            [nameof(OwnerId)] = OwnerId,
            [nameof(TeamId)] = TeamId?.ToString(CultureInfo.InvariantCulture),
            [nameof(Severity)] = Severity,
            [nameof(Mistake)] = Mistake,
            [nameof(Clock)] = Clock,
            [nameof(ClockKind)] = ClockKind,
            [nameof(Overdue)] = Overdue,
            [nameof(RootCause)] = RootCause,
            [nameof(ContractLinked)] = ContractLinked is { } linked ? (linked ? "true" : "false") : null,
            [nameof(PromisedBy)] = PromisedBy,
            [nameof(From)] = From,
            [nameof(To)] = To,
            [nameof(Open)] = Open is { } open ? (open ? "true" : "false") : null,
            [nameof(Text)] = Text,
        };
        return values.Where(v => !string.IsNullOrEmpty(v.Value)).ToDictionary(v => v.Key, v => v.Value!);
    }
}
