using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Domain.Texts;

/// <summary>What the account manager should do at one playbook stage: a title, a lead sentence and practical points.</summary>
public sealed record Guidance(string Title, string Lead, IReadOnlyList<string> Points);

/// <summary>
/// The practical advice shown for each playbook stage, read from <c>Texts/&lt;language&gt;/guidance-&lt;stage&gt;.txt</c>
/// (e.g. guidance-follow-up-recap.txt): the first line is the title, the second the lead sentence,
/// then one "- " line per point.
/// </summary>
public static class StageGuidance
{
    private const string Bullet = "- ";

    /// <summary>The guidance for <paramref name="stage"/> in the language, else in English.</summary>
    /// <exception cref="ArgumentOutOfRangeException">For a value that is not a playbook stage.</exception>
    /// <exception cref="InvalidOperationException">The guidance file is missing or not in the expected shape (a packaging bug).</exception>
    public static Guidance For(PlaybookStage stage, string language = TextResources.DefaultLanguage)
    {
        var fileName = FileName(stage);
        return Parse(fileName, TextResources.Read(fileName, language));
    }

    /// <summary>"guidance-follow-up-recap.txt" for <see cref="PlaybookStage.FollowUpRecap"/>: the stage's guidance key in <see cref="PlaybookStages"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">For a value that is not a playbook stage.</exception>
    public static string FileName(PlaybookStage stage) => $"guidance-{PlaybookStages.Of(stage).GuidanceKey}.txt";

    private static Guidance Parse(string fileName, string text)
    {
        var lines = text.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .ToList();
        if (lines.Count < 2 || lines[0].StartsWith(Bullet, StringComparison.Ordinal) || lines[1].StartsWith(Bullet, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The guidance file {fileName} must start with a title line and a lead line.");
        }

        var points = new List<string>();
        foreach (var line in lines.Skip(2))
        {
            if (!line.StartsWith(Bullet, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The guidance file {fileName} has a line that is not a \"- \" point: \"{line}\".");
            }

            points.Add(line[Bullet.Length..].Trim());
        }

        return new Guidance(lines[0], lines[1], points);
    }
}
