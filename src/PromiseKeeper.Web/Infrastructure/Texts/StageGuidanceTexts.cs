using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Web.Infrastructure.Texts;

/// <summary>
/// The practical advice shown for each playbook stage, from <c>Texts/&lt;language&gt;/guidance-&lt;key&gt;.liquid</c>
/// (e.g. guidance-follow-up-recap.liquid): the first line is the title, the second the lead sentence, then one "- " line per point.
/// Guidance is for the reader, so without a language it follows the current UI language (<see cref="Languages.OfCurrentUi"/>).
/// </summary>
public sealed class StageGuidanceTexts(LiquidTemplates templates)
{
    private const string Bullet = "- ";

    /// <summary>The guidance for <paramref name="stage"/> in <paramref name="language"/> (by default the current UI language), else in English.</summary>
    /// <exception cref="InvalidOperationException">The guidance template is missing or not in the expected shape (a packaging bug).</exception>
    public Guidance For(PlaybookStage stage, string? language = null)
    {
        if (!Enum.IsDefined(stage))
        {
            throw new ArgumentOutOfRangeException(nameof(stage), stage, "Not a playbook stage.");
        }

        return For(Key(stage), language);
    }

    /// <summary>
    /// The guidance stored under <paramref name="key"/> (the stem of <c>guidance-&lt;key&gt;.liquid</c>) in <paramref name="language"/>
    /// (by default the current UI language), else in English.
    /// </summary>
    /// <exception cref="InvalidOperationException">The guidance template is missing or not in the expected shape (a packaging bug).</exception>
    public Guidance For(string key, string? language = null)
    {
        var name = TemplateName(key);
        return Parse(name, templates.Render(name, NoValues.Instance, Languages.OrEnglish(language ?? Languages.OfCurrentUi())));
    }

    /// <summary>The stage's guidance key from the stage table ("follow-up-recap" for <see cref="PlaybookStage.FollowUpRecap"/>).</summary>
    public static string Key(PlaybookStage stage) => PlaybookStages.Of(stage).GuidanceKey;

    /// <summary>"guidance-follow-up-recap" for the key "follow-up-recap".</summary>
    public static string TemplateName(string key) => $"guidance-{key}";

    private static Guidance Parse(string name, string text)
    {
        var lines = text.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .ToList();
        if (lines.Count < 2 || lines[0].StartsWith(Bullet, StringComparison.Ordinal) || lines[1].StartsWith(Bullet, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The guidance {name} must start with a title line and a lead line.");
        }

        var points = new List<string>();
        foreach (var line in lines.Skip(2))
        {
            if (!line.StartsWith(Bullet, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The guidance {name} has a line that is not a \"- \" point: \"{line}\".");
            }

            points.Add(line[Bullet.Length..].Trim());
        }

        return new Guidance(lines[0], lines[1], points);
    }

    /// <summary>Guidance names no values today; with strict variables, any name it uses fails.</summary>
    private sealed class NoValues
    {
        public static readonly NoValues Instance = new();
    }
}
