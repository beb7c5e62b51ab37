using Microsoft.AspNetCore.Http.Features;

namespace PromiseKeeper.Web.Infrastructure.Hosting;

/// <summary>
/// Caps what one request may send, well below the framework defaults (30 MB bodies, 4 MB form values):
/// the longest text field holds 4,000 characters, and nothing is uploaded yet.
/// </summary>
public static class RequestLimits
{
    public const long MaxRequestBodyBytes = 1024 * 1024;
    /// <summary>The longest value a form field keeps (in characters); longer ones are cut and the field says so.</summary>
    public const int MaxFormValueBytes = 64 * 1024;
    public const int MaxFormFields = 200;

    public static void Apply(WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            // No "Server: Kestrel": it tells an attacker what to look for and a user nothing.
            kestrel.AddServerHeader = false;
        });
        builder.Services.Configure<FormOptions>(form =>
        {
            // The form is read whole, so a field over MaxFormValueBytes comes back with a message next to it
            // (UnsafeFormValuesPageFilter) instead of a 400 page that loses everything typed.
            form.ValueLengthLimit = (int)MaxRequestBodyBytes;
            form.ValueCountLimit = MaxFormFields;
            form.MultipartBodyLengthLimit = MaxRequestBodyBytes;
        });
    }
}
