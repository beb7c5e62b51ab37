using CsvHelper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace PromiseKeeper.Web.Pages.Incidents.List;

/// <summary>
/// Writes a CSV download as its rows arrive: UTF-8 with a byte order mark (so Excel reads the accents), a header row,
/// and every cell that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) escaped.
/// It sends every <see cref="FlushEvery"/> rows, so memory holds a few rows, never the file.
/// </summary>
public sealed class CsvStreamResult(string fileName, IReadOnlyList<string> headers, IAsyncEnumerable<string?[]> rows) : IActionResult
{
    public const int FlushEvery = 200;

    /// <summary>RFC 4180 with a BOM; formula injection escaped with a leading apostrophe (and the field quoted).</summary>
    public static CsvWriterOptions Options { get; } = new()
    {
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true,
    };

    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        var cancellationToken = context.HttpContext.RequestAborted;
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName, FileName = fileName }.ToString();
        response.Headers.XContentTypeOptions = "nosniff";

        await using var csv = CsvWriter.Create(response.Body, Options, leaveOpen: true);
        csv.WriteHeader([.. headers]);
        var written = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            // Writes out by itself (asynchronously) when its buffer is mostly full.
            await csv.WriteRecordAsync(row, cancellationToken);
            if (++written % FlushEvery == 0)
            {
                await csv.FlushAsync(cancellationToken);
            }
        }

        await csv.FlushAsync(cancellationToken);
    }
}
