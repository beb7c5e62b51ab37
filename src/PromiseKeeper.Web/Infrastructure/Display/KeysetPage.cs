namespace PromiseKeeper.Web.Infrastructure.Display;

/// <summary>One page of a list ordered newest first by (time, id), with the cursors of its "Older" and "Newer" links.</summary>
public sealed record KeysetPage<TRow>(IReadOnlyList<TRow> Rows, string? OlderCursor, string? NewerCursor);

public static class KeysetPage
{
    /// <summary>
    /// Turns the rows read for a page (<paramref name="pageSize"/> + 1 of them, in the direction walked)
    /// into the page in display order, newest first, and the cursors of its links. The extra row only
    /// says that there is more in the direction walked.
    /// </summary>
    /// <param name="before">The cursor when walking back to newer rows ("Newer" link), else null.</param>
    /// <param name="after">The cursor when walking on to older rows ("Older" link), else null.</param>
    public static KeysetPage<TRow> Cut<TRow>(
        IEnumerable<TRow> rows, int pageSize, IncidentCursor? before, IncidentCursor? after, Func<TRow, IncidentCursor> key)
    {
        ArgumentNullException.ThrowIfNull(key);
        // A "Newer" page was read oldest first.
        var ordered = rows.OrderByDescending(r => key(r).DiscoveredAt).ThenByDescending(r => key(r).Id).ToList();
        var hasMoreInWalkDirection = ordered.Count > pageSize;
        if (hasMoreInWalkDirection)
        {
            // The extra row is the one furthest in the direction walked.
            ordered.RemoveAt(before is null ? ordered.Count - 1 : 0);
        }

        var hasOlder = before is not null || hasMoreInWalkDirection;
        var hasNewer = before is not null ? hasMoreInWalkDirection : after is not null;
        return new KeysetPage<TRow>(
            ordered,
            hasOlder && ordered.Count > 0 ? key(ordered[^1]).ToString() : null,
            hasNewer && ordered.Count > 0 ? key(ordered[0]).ToString() : null);
    }
}
