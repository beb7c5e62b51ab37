using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace PromiseKeeper.Web.Infrastructure.Forms;

/// <summary>
/// Runs one of the framework's tag helpers (input, label, select, textarea, validation message) on an element
/// built in code, so a composite tag helper gets their names, ids, values, formats and validation attributes
/// instead of writing that markup itself.
/// </summary>
internal static class BuiltInTagHelpers
{
    /// <param name="attributes">The element's attributes before the tag helper runs; the helper keeps them and adds its own.</param>
    /// <param name="content">Content set before the helper runs (the helpers leave content that is already set).</param>
    public static async Task<TagHelperOutput> RunAsync(
        ITagHelper helper,
        string tagName,
        TagMode tagMode,
        TagHelperAttributeList attributes,
        IHtmlContent? content = null,
        IHtmlContent? postContent = null)
    {
        var context = new TagHelperContext(
            tagName,
            new TagHelperAttributeList(attributes),
            new Dictionary<object, object>(),
            Guid.NewGuid().ToString("N"));
        var output = new TagHelperOutput(
            tagName,
            attributes,
            (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()))
        {
            TagMode = tagMode,
        };
        if (content is not null)
        {
            output.Content.SetHtmlContent(content);
        }

        if (postContent is not null)
        {
            output.PostContent.SetHtmlContent(postContent);
        }

        helper.Init(context);
        await helper.ProcessAsync(context, output);
        return output;
    }
}
