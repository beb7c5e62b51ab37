using Microsoft.AspNetCore.Http.Extensions;

namespace PromiseKeeper.Web.Pages.Dashboard;

/// <summary>
/// The incident list's address for a figure: the list's URL filters (the contract of issue 17) that select exactly the
/// incidents the figure counts, always with <c>Show=all</c>, the team when one is chosen, and the period's first and last day.
/// </summary>
public sealed class DashboardLinks(DashboardScope scope, string listPath)
{
    /// <summary>The list of the figure's incidents; <paramref name="split"/> narrows it to one split row.</summary>
    public string To(string? split, params (string Name, string Value)[] filters) =>
        To(scope.FirstDay, scope.LastDay, split, filters);

    /// <summary>As <see cref="To(string?, ValueTuple{string, string}[])"/>, on other days within the period (an age bucket, a trend bucket).</summary>
    public string To(DateOnly first, DateOnly last, string? split, params (string Name, string Value)[] filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        var query = new QueryBuilder { { "Show", "all" } };
        if (scope.TeamId is { } team && scope.Split != DashboardSplit.Team)
        {
            query.Add("TeamId", team.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        query.Add("From", DashboardPeriod.Format(first));
        query.Add("To", DashboardPeriod.Format(last));
        foreach (var (name, value) in filters)
        {
            query.Add(name, value);
        }

        if (split is not null && SplitFilter(scope.Split) is { } splitName)
        {
            query.Add(splitName, split);
        }

        return listPath + query.ToQueryString();
    }

    /// <summary>Whether a split row can be linked: a row of incidents without a kind has no filter.</summary>
    public static bool CanLink(string? split) => split != string.Empty;

    private static string? SplitFilter(DashboardSplit split) => split switch
    {
        DashboardSplit.Team => "TeamId",
        DashboardSplit.AccountManager => "OwnerId",
        DashboardSplit.Client => "ClientId",
        DashboardSplit.Kind => "Kind",
        _ => null,
    };
}
