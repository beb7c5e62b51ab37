using NpgsqlTypes;

namespace PromiseKeeper.Web.Search;

/// <summary>
/// An incident's words for full-text search (docs/adr/0025), one row per incident, written only by PostgreSQL's triggers
/// (<see cref="IncidentSearchSql"/>) whenever the incident, its conversation, its evidence or its client's language
/// change: no application code path can forget it. A side table, so the incident's row version does not move when
/// evidence is added.
/// </summary>
public sealed class IncidentSearchDocument
{
    public long IncidentId { get; init; }

    /// <summary>The text search configuration of the client's language: english, russian or simple_unaccent (Slovenian).</summary>
    public string Config { get; init; } = string.Empty;

    /// <summary>Summary (A), promise and contract reference (B), contact, conversation notes and origin findings (C), pasted evidence (D).</summary>
    public NpgsqlTsVector Vector { get; init; } = null!;

    /// <summary>The incident's, copied by the triggers: a search finds its newest matches without joining the incident first.</summary>
    public DateTimeOffset DiscoveredAt { get; init; }

    /// <summary>The incident's owner, copied by the triggers (who may see it: <see cref="IncidentSearchQuery.InScopeOf"/>).</summary>
    public string OwnerId { get; init; } = string.Empty;

    /// <summary>The incident's team, copied by the triggers (who may see it: <see cref="IncidentSearchQuery.InScopeOf"/>).</summary>
    public int? TeamId { get; init; }
}
