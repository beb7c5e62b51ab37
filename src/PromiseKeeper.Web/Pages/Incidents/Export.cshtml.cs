using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Web.Pages.Incidents.List;

namespace PromiseKeeper.Web.Pages.Incidents;

/// <summary>
/// The incident list's CSV downloads (docs/adr/0025): the filtered incidents, their prevention measures or their check-ins,
/// with the list's filters and access rules and without its paging, streamed row by row to the response.
/// </summary>
public sealed class ExportModel(IMediator mediator, IStringLocalizer<ExportModel> localizer) : PageModel
{
    public async Task<IActionResult> OnGetAsync([FromQuery] ExportQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        // A filter that does not even bind (TeamId=x) gives a file with the headers only, as the list gives an empty page.
        var export = ModelState.IsValid
            ? await mediator.Send(query, cancellationToken)
            : ExportQueryHandler.Nothing(query.Of);
        var headers = export.Headers.Select(h => localizer[h].Value).ToList();
        return new CsvStreamResult(FileName(export.Of), headers, export.Rows);
    }

    private static string FileName(ExportOf of) =>
        $"{of switch { ExportOf.Measures => "prevention-measures", ExportOf.CheckIns => "check-ins", _ => "incidents" }}.csv";
}
