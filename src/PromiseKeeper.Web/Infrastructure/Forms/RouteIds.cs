using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PromiseKeeper.Web.Infrastructure.Forms;

/// <summary>The incident id of the current route, for reloading a page that is shown again with errors.</summary>
public static class RouteIds
{
    public static long IncidentId(this PageModel page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return long.Parse((string)page.RouteData.Values["id"]!, CultureInfo.InvariantCulture);
    }
}
