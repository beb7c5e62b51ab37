using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Search;

/// <summary>An incident a search found: its key, its document's configuration and its rank.</summary>
public sealed class RankedMatch
{
    public long Id { get; init; }

    public DateTimeOffset DiscoveredAt { get; init; }

    public string Config { get; init; } = string.Empty;

    public float Rank { get; init; }

    /// <summary>How many matches were ranked (count(*) OVER () of the page's statement).</summary>
    public long Ranked { get; init; }
}

/// <summary>
/// Full-text search over <see cref="IncidentSearchDocument"/> (docs/adr/0025). The words are parsed in every language's
/// configuration and the three queries OR-ed: a constant query, so the GIN index answers it whatever the incidents'
/// languages, and each document matches the form of the words its own configuration made (stems, or unaccented words).
/// </summary>
public static class IncidentSearchQuery
{
    /// <summary>
    /// A search ranks only this many of its newest matches, so a word every incident contains costs what a rare one does
    /// (bench/results/search-plans-2026-12-07.md); a narrower search or period reaches the older ones.
    /// </summary>
    public const int NewestMatchesRanked = 1000;

    /// <summary>
    /// The newest <see cref="NewestMatchesRanked"/> incidents (already limited to what the user may see) whose words match,
    /// best first, then newest: keys, configuration and rank only. The caller pages them and joins the incident for the
    /// page's rows alone, so the incident's columns and its conversation are read for 26 rows, not for every match ranked.
    /// </summary>
    /// <param name="documents">
    /// The search rows the user may see, as far as their copied keys tell (<see cref="InScopeOf"/>): narrows the matches
    /// before the incident is joined; <paramref name="incidents"/> still decides.
    /// </param>
    /// <remarks>
    /// The words are written into the SQL as a literal (<see cref="EF.Constant{T}"/>, quoted by the type mapping), so
    /// PostgreSQL always plans for the words searched: walking the discovery-time index of the search table pays for a
    /// common word and the GIN index for a rarer one. With a parameter, the prepared statement's generic plan assumes one
    /// frequency for every word and walked a whole account manager's incidents (6 s) for a word no incident contains.
    /// The newest matches are ordered by the search row's copy of the discovery time, so a word in a few percent of the
    /// incidents is found, sorted and cut in the search table, and only the newest are joined to their incidents.
    /// </remarks>
    public static IQueryable<RankedMatch> Ranked(IQueryable<Incident> incidents, IQueryable<IncidentSearchDocument> documents, string text)
    {
        var newest = (from s in documents.Where(EachFormOnce(text))
                      join i in incidents on s.IncidentId equals i.Id
                      orderby s.DiscoveredAt descending, s.IncidentId descending
                      select new { i.Id, s.DiscoveredAt, s.Config, s.Vector })
                     .Take(NewestMatchesRanked);
        return from m in newest
               let rank = m.Vector.Rank(EF.Functions.WebSearchToTsQuery("english", text)
                   .Or(EF.Functions.WebSearchToTsQuery("russian", text))
                   .Or(EF.Functions.WebSearchToTsQuery(IncidentSearchSql.SlovenianConfig, text)))
               orderby rank descending, m.DiscoveredAt descending, m.Id descending
               select new RankedMatch { Id = m.Id, DiscoveredAt = m.DiscoveredAt, Config = m.Config, Rank = rank, Ranked = SqlWindow.RowsBeforeLimit() };
    }

    /// <summary>
    /// The search rows whose copied owner and team put them in the user's view, for the common roles
    /// (<see cref="IncidentAccess.VisibleTo"/> is the rule): an account manager's own, a team lead's team and own. Every
    /// other user gets every row, and the join to <see cref="IncidentAccess.VisibleTo"/>'s incidents narrows them. Only
    /// ever a superset of what the user may see, so it can make a search faster, never show more.
    /// </summary>
    public static IQueryable<IncidentSearchDocument> InScopeOf(IQueryable<IncidentSearchDocument> documents, ICurrentUser user)
    {
        var reach = user.Reach();
        if (reach.Everything || reach.ContractLinked)
        {
            return documents;
        }

        var (userId, teamId) = (reach.UserId, reach.TeamId);
        return (reach.Owns, reach.LeadsTeam) switch
        {
            (true, false) => documents.Where(s => s.OwnerId == userId),
            (true, true) => documents.Where(s => s.TeamId == teamId || s.OwnerId == userId),
            _ => documents,
        };
    }

    /// <summary>
    /// The documents that match the words, with each configuration's query OR-ed only when it differs from the others'
    /// ('7' | '7' | '7' becomes '7'). PostgreSQL folds the CASE at planning, as it folds the queries of the literal
    /// words, and then estimates the matches right: OR-ing a query with itself tripled its estimate, and a word in 2% of
    /// the incidents looked common enough to walk the DiscoveredAt index for (two to three times slower than the GIN index).
    /// </summary>
    private static Expression<Func<IncidentSearchDocument, bool>> EachFormOnce(string text) =>
        s => s.Vector.Matches(
            EF.Functions.WebSearchToTsQuery("russian", EF.Constant(text)) == EF.Functions.WebSearchToTsQuery("english", EF.Constant(text))
                && EF.Functions.WebSearchToTsQuery(IncidentSearchSql.SlovenianConfig, EF.Constant(text)) == EF.Functions.WebSearchToTsQuery("english", EF.Constant(text))
                ? EF.Functions.WebSearchToTsQuery("english", EF.Constant(text))
            : EF.Functions.WebSearchToTsQuery("russian", EF.Constant(text)) == EF.Functions.WebSearchToTsQuery("english", EF.Constant(text))
                ? EF.Functions.WebSearchToTsQuery("english", EF.Constant(text)).Or(EF.Functions.WebSearchToTsQuery(IncidentSearchSql.SlovenianConfig, EF.Constant(text)))
            : EF.Functions.WebSearchToTsQuery(IncidentSearchSql.SlovenianConfig, EF.Constant(text)) == EF.Functions.WebSearchToTsQuery("english", EF.Constant(text))
                || EF.Functions.WebSearchToTsQuery(IncidentSearchSql.SlovenianConfig, EF.Constant(text)) == EF.Functions.WebSearchToTsQuery("russian", EF.Constant(text))
                ? EF.Functions.WebSearchToTsQuery("english", EF.Constant(text)).Or(EF.Functions.WebSearchToTsQuery("russian", EF.Constant(text)))
            : EF.Functions.WebSearchToTsQuery("english", EF.Constant(text))
                .Or(EF.Functions.WebSearchToTsQuery("russian", EF.Constant(text)))
                .Or(EF.Functions.WebSearchToTsQuery(IncidentSearchSql.SlovenianConfig, EF.Constant(text))));

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
