using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace PromiseKeeper.Web.Infrastructure.Forms;

/// <summary>Plain-language messages for input that cannot even be read (text in a number field and the like).</summary>
internal static class BindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => $"\"{value}\" is not valid here; check the format.");
        messages.SetUnknownValueIsInvalidAccessor(_ => "This value is not valid here; check the format.");
        messages.SetValueIsInvalidAccessor(value => $"\"{value}\" is not valid here; check the format.");
        messages.SetValueMustBeANumberAccessor(_ => "Enter a number, e.g. 1500 or 1500.50.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"\"{value}\" is not valid here; check the format.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "This value is not valid here; check the format.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Enter a number.");
        messages.SetMissingBindRequiredValueAccessor(_ => "This field is required.");
        messages.SetMissingKeyOrValueAccessor(() => "This field is required.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "The form was empty; fill it in and send it again.");
        messages.SetValueMustNotBeNullAccessor(_ => "This field is required.");
    }
}
