using System.Text;

namespace PromiseKeeper.Web.Infrastructure.Forms;

/// <summary>
/// ASP.NET Core cannot read a url-encoded form with a NUL byte ("%00") in it: the antiforgery check then fails and the
/// person gets a generic 400 page with everything typed lost. This takes the NUL bytes out of the form's body before
/// anything reads it and notes the fields they were in, so <see cref="UnsafeFormValuesPageFilter"/> can say so next to
/// each of them while the rest of the form comes back as typed.
/// </summary>
public static class NulInForms
{
    public const string FieldsItem = "PromiseKeeper.Forms.FieldsWithNul";

    private const string EncodedNul = "%00";

    public static IApplicationBuilder UseFormsWithoutNul(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (HttpMethods.IsPost(request.Method)
                && request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true
                && request.ContentLength is null or <= RequestLimits.MaxRequestBodyBytes)
            {
                request.EnableBuffering();
                using var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
                var body = await reader.ReadToEndAsync(context.RequestAborted);
                request.Body.Position = 0;
                if (body.Contains(EncodedNul, StringComparison.Ordinal))
                {
                    var fields = new HashSet<string>(StringComparer.Ordinal);
                    var cleaned = string.Join('&', body.Split('&').Select(pair => WithoutNul(pair, fields)));
                    context.Items[FieldsItem] = fields;
                    var bytes = Encoding.UTF8.GetBytes(cleaned);
                    request.Body = new MemoryStream(bytes);
                    request.ContentLength = bytes.Length;
                }
            }

            await next(context);
        });

    private static string WithoutNul(string pair, HashSet<string> fields)
    {
        if (!pair.Contains(EncodedNul, StringComparison.Ordinal))
        {
            return pair;
        }

        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        var name = equals < 0 ? pair : pair[..equals];
        fields.Add(Uri.UnescapeDataString(name.Replace('+', ' ').Replace(EncodedNul, string.Empty, StringComparison.Ordinal)));
        return pair.Replace(EncodedNul, string.Empty, StringComparison.Ordinal);
    }
}
