using System.Buffers;
using System.Text.RegularExpressions;

namespace PromiseKeeper.Domain.Language;

/// <summary>Runs a list of patterns over a text and keeps the findings that do not overlap each other or an "ok" match.</summary>
internal static class BlameMatcher
{
    /// <summary>
    /// The findings in <paramref name="text"/>: ordered by position, never overlapping (of overlapping matches the
    /// longest is kept, then the earliest, then the one earlier in <paramref name="patterns"/>), and none that
    /// overlaps a match of an "ok" pattern. A pattern whose required literals are missing from the text is not run.
    /// </summary>
    /// <param name="skipPrefilter">True to run every regular expression (to test that the prefilter changes nothing).</param>
    public static IReadOnlyList<BlameFinding> Find(string text, IReadOnlyList<BlamePattern> patterns, bool skipPrefilter = false)
    {
        var present = new Dictionary<SearchValues<string>, bool>(ReferenceEqualityComparer.Instance);
        var allowed = new List<(int Start, int End)>();
        var candidates = new List<(int Start, int Length, int Order, BlamePattern Pattern)>();
        for (var order = 0; order < patterns.Count; order++)
        {
            var pattern = patterns[order];
            if (!skipPrefilter && !MayMatch(text, pattern, present))
            {
                continue;
            }

            foreach (Match match in pattern.Regex.Matches(text))
            {
                if (match.Length == 0)
                {
                    continue;
                }

                if (pattern.Category is null)
                {
                    allowed.Add((match.Index, match.Index + match.Length));
                }
                else
                {
                    candidates.Add((match.Index, match.Length, order, pattern));
                }
            }
        }

        var chosen = new List<(int Start, int Length, BlamePattern Pattern)>();
        foreach (var candidate in candidates
            .OrderByDescending(c => c.Length)
            .ThenBy(c => c.Start)
            .ThenBy(c => c.Order))
        {
            var end = candidate.Start + candidate.Length;
            if (allowed.Any(a => Overlaps(a.Start, a.End, candidate.Start, end))
                || chosen.Any(c => Overlaps(c.Start, c.Start + c.Length, candidate.Start, end)))
            {
                continue;
            }

            chosen.Add((candidate.Start, candidate.Length, candidate.Pattern));
        }

        return [.. chosen
            .OrderBy(c => c.Start)
            .Select(c => new BlameFinding(
                c.Pattern.Category!.Value,
                text.Substring(c.Start, c.Length),
                c.Start,
                c.Length,
                c.Pattern.Explanation))];
    }

    /// <summary>How many of <paramref name="patterns"/> the prefilter lets run on <paramref name="text"/> (the rest are skipped by their literals).</summary>
    public static int CountRun(string text, IReadOnlyList<BlamePattern> patterns)
    {
        var present = new Dictionary<SearchValues<string>, bool>(ReferenceEqualityComparer.Instance);
        return patterns.Count(pattern => MayMatch(text, pattern, present));
    }

    // Many patterns share a group (a set such as {team}), so each group is looked for once per text.
    private static bool MayMatch(string text, BlamePattern pattern, Dictionary<SearchValues<string>, bool> present)
    {
        foreach (var needed in pattern.Needs)
        {
            if (!present.TryGetValue(needed, out var found))
            {
                found = text.AsSpan().ContainsAny(needed);
                present[needed] = found;
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Overlaps(int startA, int endA, int startB, int endB) => startA < endB && startB < endA;
}
