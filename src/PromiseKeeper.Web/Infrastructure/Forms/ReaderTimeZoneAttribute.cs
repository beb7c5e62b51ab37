using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace PromiseKeeper.Web.Infrastructure.Forms;

/// <summary>
/// Binds a form's time zone to the signed-in user's own (from the login cookie), whatever the form posts: typed times
/// are read in the zone the user chose on their profile and sees every time shown in.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ReaderTimeZoneAttribute() : ModelBinderAttribute(typeof(Binder))
{
    private sealed class Binder : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext bindingContext)
        {
            ArgumentNullException.ThrowIfNull(bindingContext);
            bindingContext.Result = ModelBindingResult.Success(UserTimeZone.Of(bindingContext.HttpContext.User));
            return Task.CompletedTask;
        }
    }
}
