using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Search;

/// <summary>An incident a search found, with its document's configuration and its rank.</summary>
public sealed class RankedIncident
{
    public Incident Incident { get; init; } = null!;

    public string Config { get; init; } = string.Empty;

    public float Rank { get; init; }
}

/// <summary>
/// Full-text search over <see cref="IncidentSearchDocument"/> (docs/adr/0025). The words are parsed in every language's
/// configuration and the three queries OR-ed: a constant query, so the GIN index answers it whatever the incidents'
/// languages, and each document matches the form of the words its own configuration made (stems, or unaccented words).
/// </summary>
public static class IncidentSearchQuery
{
    /// <summary>The incidents (already limited to what the user may see) whose words match, best first, then newest.</summary>
    public static IQueryable<RankedIncident> Ranked(PromiseKeeperDbContext db, IQueryable<Incident> incidents, string text)
    {
        ArgumentNullException.ThrowIfNull(db);
        return from i in incidents
               join s in db.Set<IncidentSearchDocument>() on i.Id equals s.IncidentId
               where s.Vector.Matches(EF.Functions.WebSearchToTsQuery("english", text)
                   .Or(EF.Functions.WebSearchToTsQuery("russian", text))
                   .Or(EF.Functions.WebSearchToTsQuery(IncidentSearchSql.SlovenianConfig, text)))
               let rank = s.Vector.RankCoverDensity(EF.Functions.WebSearchToTsQuery("english", text)
                   .Or(EF.Functions.WebSearchToTsQuery("russian", text))
                   .Or(EF.Functions.WebSearchToTsQuery(IncidentSearchSql.SlovenianConfig, text)))
               orderby rank descending, i.DiscoveredAt descending, i.Id descending
               select new RankedIncident { Incident = i, Config = s.Config, Rank = rank };
    }

    /// <summary>The incidents whose words match, in no particular order (the exports).</summary>
    public static IQueryable<Incident> Matching(PromiseKeeperDbContext db, IQueryable<Incident> incidents, string text)
    {
        ArgumentNullException.ThrowIfNull(db);
        var documents = db.Set<IncidentSearchDocument>();
        return incidents.Where(i => documents.Any(s => s.IncidentId == i.Id
            && s.Vector.Matches(EF.Functions.WebSearchToTsQuery("english", text)
                .Or(EF.Functions.WebSearchToTsQuery("russian", text))
                .Or(EF.Functions.WebSearchToTsQuery(IncidentSearchSql.SlovenianConfig, text)))));
    }
}
