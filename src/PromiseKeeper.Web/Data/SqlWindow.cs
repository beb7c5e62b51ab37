using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace PromiseKeeper.Web.Data;

/// <summary>
/// Window functions EF Core does not translate. <c>count(*) OVER ()</c> counts the rows a query has before its LIMIT, so
/// a page can tell how many there were in the same statement (the search's "ranked among the newest 1,000 matches").
/// </summary>
public static class SqlWindow
{
    /// <summary>count(*) OVER (): every row of the query, before its ORDER BY's LIMIT and OFFSET.</summary>
    public static long RowsBeforeLimit() => throw new InvalidOperationException("Only for LINQ queries translated to SQL.");

    public static void Map(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasDbFunction(typeof(SqlWindow).GetMethod(nameof(RowsBeforeLimit))!)
            .HasTranslation(_ => new SqlFragmentExpression("count(*) OVER ()", typeof(long), new LongTypeMapping("bigint")));
    }
}
