using System.Diagnostics;
using System.Linq.Expressions;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Tests.Infrastructure.Forms;

/// <summary>
/// Renders one &lt;form-field&gt; outside a page, with the framework's real HTML generator and model metadata,
/// for a form whose values and model state a test sets up.
/// </summary>
internal sealed class FormFieldRendering
{
    private static readonly DiagnosticListener Diagnostics = new("FormFieldRendering");

    private static readonly ServiceProvider Services = new ServiceCollection()
        .AddLogging()
        .AddSingleton(Diagnostics)
        .AddSingleton<DiagnosticSource>(Diagnostics)
        .AddRazorPages()
        .Services
        .BuildServiceProvider();

    private readonly ViewDataDictionary<FormPage> _viewData;
    private readonly ViewContext _viewContext;

    public FormFieldRendering(FormPage? page = null)
    {
        var httpContext = new DefaultHttpContext { RequestServices = Services };
        var actionContext = new ActionContext(httpContext, new RouteData(), new ActionDescriptor());
        _viewData = new ViewDataDictionary<FormPage>(Services.GetRequiredService<IModelMetadataProvider>(), ModelState)
        {
            Model = page ?? new FormPage(),
        };
        _viewContext = new ViewContext(
            actionContext,
            new NoView(),
            _viewData,
            new TempDataDictionary(httpContext, new NoTempData()),
            TextWriter.Null,
            new HtmlHelperOptions());
    }

    public ModelStateDictionary ModelState { get; } = new();

    /// <summary>The form-field's HTML for <paramref name="field"/>.</summary>
    /// <param name="configure">Sets the tag helper's own attributes (label, hint, type, items, ...).</param>
    /// <param name="attributes">The element's other attributes, as a page writes them (maxlength, class, required, ...).</param>
    /// <param name="childContent">The element's content (a hint with markup).</param>
    public async Task<string> RenderAsync<TValue>(
        Expression<Func<FormPage, TValue>> field,
        Action<FormFieldTagHelper>? configure = null,
        TagHelperAttributeList? attributes = null,
        string? childContent = null)
    {
        var helper = new FormFieldTagHelper(Services.GetRequiredService<IHtmlGenerator>())
        {
            For = Expression(field),
            ViewContext = _viewContext,
        };
        configure?.Invoke(helper);

        var all = attributes ?? [];
        var context = new TagHelperContext("form-field", all, new Dictionary<object, object>(), "test");
        var output = new TagHelperOutput("form-field", new TagHelperAttributeList(all), (_, _) =>
        {
            var content = new DefaultTagHelperContent();
            if (childContent is not null)
            {
                content.SetHtmlContent(childContent);
            }

            return Task.FromResult<TagHelperContent>(content);
        });

        helper.Init(context);
        await helper.ProcessAsync(context, output);
        using var writer = new StringWriter();
        output.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    public ModelExpression Expression<TValue>(Expression<Func<FormPage, TValue>> field) =>
        Services.GetRequiredService<ModelExpressionProvider>().CreateModelExpression(_viewData, field);

    /// <summary>Records what a posted form sent for a field, and the error found in it.</summary>
    public void Posted(string name, string attempted, string? error = null)
    {
        ModelState.SetModelValue(name, attempted, attempted);
        if (error is not null)
        {
            ModelState.AddModelError(name, error);
        }
    }

    private sealed class NoView : IView
    {
        public string Path => string.Empty;

        public Task RenderAsync(ViewContext context) => Task.CompletedTask;
    }

    private sealed class NoTempData : ITempDataProvider
    {
        public IDictionary<string, object> LoadTempData(HttpContext context) => new Dictionary<string, object>();

        public void SaveTempData(HttpContext context, IDictionary<string, object> values)
        {
        }
    }
}

/// <summary>A page model shaped like the app's: the form's values under <c>Data</c>.</summary>
public sealed class FormPage
{
    public FormData Data { get; set; } = new();
}

public sealed class FormData
{
    public string? Summary { get; set; }

    public string? Notes { get; set; }

    public DateOnly? PromisedOn { get; set; }

    public DateTime? DiscoveredAt { get; set; }

    public string? TimeZone { get; set; }

    public Fault? Fault { get; set; }

    public bool HasLeft { get; set; }

    public bool? SharedFeelings { get; set; }

    public List<string> Roles { get; set; } = [];
}
