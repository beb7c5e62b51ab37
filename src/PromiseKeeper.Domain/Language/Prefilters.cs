using System.Buffers;

namespace PromiseKeeper.Domain.Language;

/// <summary>
/// The <see cref="SearchValues{T}"/> for the groups of <see cref="RequiredLiterals"/>, one instance per distinct group,
/// so that patterns sharing a set share the search (and a check looks for it once). Thread-safe.
/// </summary>
internal sealed class Prefilters
{
    private readonly Dictionary<string, SearchValues<string>> _byGroup = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public IReadOnlyList<SearchValues<string>> For(RequiredLiterals needs)
    {
        lock (_lock)
        {
            return [.. needs.AllOf.Select(group =>
            {
                var key = string.Join('\n', group.Select(s => s.ToUpperInvariant()).Order(StringComparer.Ordinal));
                if (!_byGroup.TryGetValue(key, out var values))
                {
                    values = SearchValues.Create(group, StringComparison.OrdinalIgnoreCase);
                    _byGroup[key] = values;
                }

                return values;
            })];
        }
    }
}
