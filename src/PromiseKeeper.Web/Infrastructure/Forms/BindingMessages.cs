using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;

namespace PromiseKeeper.Web.Infrastructure.Forms;

/// <summary>
/// Plain-language messages for input that cannot even be read (text in a number field and the like), in the reader's
/// language: the localizer is asked each time a message is needed, so it follows the request's culture.
/// </summary>
internal static class BindingMessages
{
    public static void AddBindingMessages(this IServiceCollection services) =>
        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>(
            (options, factory) => Apply(options.ModelBindingMessageProvider, factory.Create(typeof(BindingMessages))));

    private static void Apply(DefaultModelBindingMessageProvider messages, IStringLocalizer l)
    {
        const string NotValid = "\"{0}\" is not valid here; check the format.";
        const string Required = "This field is required.";
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => l[NotValid, value]);
        messages.SetUnknownValueIsInvalidAccessor(_ => l["This value is not valid here; check the format."]);
        messages.SetValueIsInvalidAccessor(value => l[NotValid, value]);
        messages.SetValueMustBeANumberAccessor(_ => l["Enter a number, e.g. 1500 or 1500.50."]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => l[NotValid, value]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["This value is not valid here; check the format."]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => l["Enter a number."]);
        messages.SetMissingBindRequiredValueAccessor(_ => l[Required]);
        messages.SetMissingKeyOrValueAccessor(() => l[Required]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => l["The form was empty; fill it in and send it again."]);
        messages.SetValueMustNotBeNullAccessor(_ => l[Required]);
    }
}
