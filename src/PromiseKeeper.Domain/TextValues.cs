using System.Collections;

namespace PromiseKeeper.Domain;

/// <summary>The named values of a stored text, in order; compared by content, as a stored value should be.</summary>
public sealed class TextValues : IReadOnlyList<TextValue>, IEquatable<TextValues>
{
    private readonly TextValue[] _values;

    public TextValues(IEnumerable<TextValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = [.. values];
        var repeated = _values.GroupBy(v => v.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ArgumentException($"The value \"{repeated.Key}\" is named twice.", nameof(values));
        }
    }

    public static TextValues None { get; } = new([]);

    public int Count => _values.Length;

    public TextValue this[int index] => _values[index];

    public IEnumerator<TextValue> GetEnumerator() => ((IEnumerable<TextValue>)_values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(TextValues? other) => other is not null && _values.SequenceEqual(other._values);

    public override bool Equals(object? obj) => Equals(obj as TextValues);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var value in _values)
        {
            hash.Add(value);
        }

        return hash.ToHashCode();
    }
}
