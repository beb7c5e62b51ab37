using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace PromiseKeeper.Web.Infrastructure.Forms;

/// <summary>
/// Binds text with "\n" line breaks only. Browsers send a textarea's line breaks as "\r\n"; kept as they
/// are, they would be stored that way and written back into pages as carriage-return character
/// references, which HTML does not allow.
/// </summary>
internal sealed class LineEndingsModelBinder(IModelBinder inner) : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        await inner.BindModelAsync(bindingContext);
        if (bindingContext.Result.Model is string text && text.Contains('\r', StringComparison.Ordinal))
        {
            var normalized = text.ReplaceLineEndings("\n");
            // The attempted value is what a form shown again after an error puts back into the field.
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, normalized, normalized);
            bindingContext.Result = ModelBindingResult.Success(normalized);
        }
    }
}

/// <summary>Puts <see cref="LineEndingsModelBinder"/> in front of the binding of every string that names no binder of its own (e.g. <see cref="ReaderTimeZoneAttribute"/>).</summary>
internal sealed class LineEndingsModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Metadata.ModelType == typeof(string) && context.BindingInfo.BinderType is null
            ? new LineEndingsModelBinder(new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>()))
            : null;
    }
}
