using System.Net;
using System.Text.RegularExpressions;

namespace PromiseKeeper.Web.Tests.Fixtures;

/// <summary>
/// The fields a browser would send for a form of a page, as the page rendered them: hidden inputs (the
/// antiforgery token, the version), prefilled inputs and textareas, checked boxes and the selected options.
/// Submit buttons are left out (a test names the one it clicks).
/// </summary>
public static partial class HtmlForm
{
    /// <summary>The fields of the first form that posts to <paramref name="action"/>, itself or through a button's <c>formaction</c>.</summary>
    /// <param name="page">The page's own path and query, where a form without an action posts.</param>
    /// <param name="action">The path and query the form posts to, e.g. "/Incidents/7/Retro?handler=Submit".</param>
    public static List<KeyValuePair<string, string>> Fields(string html, string page, string action)
    {
        ArgumentNullException.ThrowIfNull(html);
        foreach (Match form in FormElement().Matches(html))
        {
            var body = form.Groups["body"].Value;
            var posts = (Attribute(form.Groups["open"].Value, "action") ?? page) == action
                || ButtonWithFormAction().Matches(body).Any(b => WebUtility.HtmlDecode(b.Groups["action"].Value) == action);
            if (posts)
            {
                return FieldsOf(body);
            }
        }

        throw new InvalidOperationException($"The page has no form that posts to {action}.");
    }

    private static List<KeyValuePair<string, string>> FieldsOf(string form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match control in Control().Matches(form))
        {
            var tag = control.Groups["open"].Value;
            var name = Attribute(tag, "name");
            if (name is null || tag.Contains(" disabled", StringComparison.Ordinal))
            {
                continue;
            }

            switch (control.Groups["element"].Value)
            {
                case "input":
                    var type = Attribute(tag, "type") ?? "text";
                    var sent = type switch
                    {
                        "submit" or "button" or "reset" or "file" or "image" => false,
                        "checkbox" or "radio" => Regex.IsMatch(tag, "\\schecked(\\s|=|/|>)"),
                        _ => true,
                    };
                    if (sent)
                    {
                        fields.Add(new(name, Attribute(tag, "value") ?? (type is "checkbox" or "radio" ? "on" : string.Empty)));
                    }

                    break;
                case "textarea":
                    // The browser drops one newline right after the opening tag.
                    var text = WebUtility.HtmlDecode(control.Groups["content"].Value);
                    fields.Add(new(name, text.StartsWith('\n') ? text[1..] : text));
                    break;
                case "select":
                    var selected = SelectedOption().Match(control.Groups["content"].Value);
                    fields.Add(new(name, selected.Success ? Attribute(selected.Value, "value") ?? string.Empty : string.Empty));
                    break;
            }
        }

        return fields;
    }

    private static string? Attribute(string tag, string attribute) =>
        Regex.Match(tag, $"\\s{attribute}=\"(?<value>[^\"]*)\"") is { Success: true } m
            ? WebUtility.HtmlDecode(m.Groups["value"].Value)
            : null;

    [GeneratedRegex("(?<open><form\\b[^>]*>)(?<body>.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex FormElement();

    [GeneratedRegex("<button\\b[^>]*\\sformaction=\"(?<action>[^\"]*)\"[^>]*>", RegexOptions.Singleline)]
    private static partial Regex ButtonWithFormAction();

    [GeneratedRegex("(?<open><(?<element>input|textarea|select)\\b[^>]*>)(?:(?<=<textarea\\b[^>]*>)(?<content>.*?)</textarea>|(?<=<select\\b[^>]*>)(?<content>.*?)</select>)?", RegexOptions.Singleline)]
    private static partial Regex Control();

    [GeneratedRegex("<option\\b(?=[^>]*\\sselected(=\"selected\")?[\\s>/])[^>]*>", RegexOptions.Singleline)]
    private static partial Regex SelectedOption();
}
