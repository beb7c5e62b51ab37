using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace PromiseKeeper.Web.Infrastructure.Forms;

/// <summary>
/// Binds decimals with <see cref="AmountText"/>, so an amount reads the same whichever separator the person uses:
/// the framework's binder reads only the culture's own, and in Slovenian reads "1500.50" as 150050.
/// An empty field is left to the framework (null for an optional amount, "required" for a mandatory one).
/// </summary>
internal sealed class AmountModelBinder(IModelBinder inner) : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None || string.IsNullOrWhiteSpace(value.FirstValue))
        {
            return inner.BindModelAsync(bindingContext);
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
        if (AmountText.TryParse(value.FirstValue, CultureInfo.CurrentCulture, out var amount))
        {
            bindingContext.Result = ModelBindingResult.Success(amount);
        }
        else
        {
            var message = bindingContext.ModelMetadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(value.FirstValue!, bindingContext.ModelMetadata.GetDisplayName());
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, message);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Puts <see cref="AmountModelBinder"/> in front of every decimal and nullable decimal.</summary>
internal sealed class AmountModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var type = context.Metadata.UnderlyingOrModelType;
        return type == typeof(decimal) && context.BindingInfo.BinderType is null
            ? new AmountModelBinder(new SimpleTypeModelBinder(context.Metadata.ModelType, context.Services.GetRequiredService<ILoggerFactory>()))
            : null;
    }
}
