using System.Collections.Concurrent;
using System.Reflection;
using Fluid;

namespace PromiseKeeper.Web.Infrastructure.Texts;

/// <summary>
/// The product's Liquid templates (drafts and stage guidance), embedded from <c>Texts/&lt;language&gt;/&lt;name&gt;.liquid</c>,
/// parsed once and rendered with strict variables: a template that names a value the model does not have, or whose
/// value is null, throws instead of leaving a gap in a client email. A language without its own file falls back to English.
/// </summary>
/// <param name="assembly">Where the templates are embedded (tests bring their own).</param>
public sealed class LiquidTemplates(Assembly assembly)
{
    public const string DefaultLanguage = "en";

    private const string Extension = ".liquid";

    private static readonly FluidParser Parser = new();

    // Names are case-sensitive, so a name is spelt exactly as in the model. Trimming is not greedy, so "-%}" removes the
    // line break after a tag that stands on its own line and nothing more: blank lines written in a template stay.
    private static readonly TemplateOptions Options = new TemplateOptionsBuilder()
        .WithStrictVariables()
        .WithStrictFilters()
        .WithModelNamesComparer(StringComparer.Ordinal)
        .WithGreedy(false)
        .Build();

    private readonly ConcurrentDictionary<(string Name, string Language), IFluidTemplate> _parsed = new();

    /// <summary>The product's templates, embedded in this assembly.</summary>
    public LiquidTemplates()
        : this(typeof(LiquidTemplates).Assembly)
    {
    }

    /// <summary>The names of the English templates (file names without the extension), for tests that render them all.</summary>
    public IReadOnlyList<string> Names() =>
        [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith($"Texts/{DefaultLanguage}/", StringComparison.Ordinal) && n.EndsWith(Extension, StringComparison.Ordinal))
            .Select(n => n[$"Texts/{DefaultLanguage}/".Length..^Extension.Length])
            .Order(StringComparer.Ordinal)];

    /// <summary>Renders the template <paramref name="name"/> (e.g. "draft-recap") with the public properties of <paramref name="model"/>.</summary>
    /// <exception cref="InvalidOperationException">
    /// The template does not exist, does not parse, or names a value that <paramref name="model"/> does not have or that is null (a template bug).
    /// </exception>
    public string Render(string name, object model, string language = DefaultLanguage)
    {
        ArgumentNullException.ThrowIfNull(model);
        var template = _parsed.GetOrAdd((name, language), key => Parse(key.Name, key.Language));
        try
        {
            return template.Render(new TemplateContext(model, Options));
        }
        catch (FluidException error)
        {
            throw new InvalidOperationException($"The template {Path(name, language)} cannot be rendered with a {model.GetType().Name}: {error.Message}", error);
        }
    }

    private IFluidTemplate Parse(string name, string language)
    {
        var (path, source) = Read(name, language) ?? Read(name, DefaultLanguage)
            ?? throw new InvalidOperationException($"The template {Path(name, DefaultLanguage)} is not embedded in {assembly.GetName().Name}.");
        if (!Parser.TryParse(source, out var template, out var error))
        {
            throw new InvalidOperationException($"The template {path} does not parse: {error}");
        }

        return template;
    }

    /// <summary>The template's source, without the line break that ends the file (it is not part of the text).</summary>
    private (string Path, string Source)? Read(string name, string language)
    {
        var path = Path(name, language);
        using var stream = assembly.GetManifestResourceStream(path);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        var source = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
        return (path, source.EndsWith('\n') ? source[..^1] : source);
    }

    private static string Path(string name, string language) => $"Texts/{language}/{name}{Extension}";
}
