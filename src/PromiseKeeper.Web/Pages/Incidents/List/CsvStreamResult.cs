using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace PromiseKeeper.Web.Pages.Incidents.List;

/// <summary>
/// Writes a CSV download as its rows arrive: UTF-8 with a byte order mark (so Excel reads the accents), a header row,
/// and every cell that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) escaped.
/// It writes into the response's pipe and sends every <see cref="FlushEvery"/> rows, so memory holds a few rows, not the file.
/// </summary>
public sealed class CsvStreamResult(string fileName, IReadOnlyList<string> headers, IAsyncEnumerable<string?[]> rows) : IActionResult
{
    public const int FlushEvery = 200;

    /// <summary>The writer's settings: formula injection escaped with a leading apostrophe (CsvHelper's InjectionOptions.Escape).</summary>
    public static CsvConfiguration Configuration { get; } = new(CultureInfo.InvariantCulture)
    {
        InjectionOptions = InjectionOptions.Escape,
    };

    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        var cancellationToken = context.HttpContext.RequestAborted;
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName, FileName = fileName }.ToString();
        response.Headers.XContentTypeOptions = "nosniff";

        // The pipe's stream only copies into the pipe's buffer on Write (no synchronous I/O); FlushAsync sends it.
        await using var stream = response.BodyWriter.AsStream(leaveOpen: true);
        await using var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024, leaveOpen: true);
        await using var csv = new CsvWriter(text, Configuration, leaveOpen: true);
        foreach (var header in headers)
        {
            csv.WriteField(header);
        }

        await csv.NextRecordAsync();
        var written = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            foreach (var cell in row)
            {
                csv.WriteField(cell ?? string.Empty);
            }

            await csv.NextRecordAsync();
            if (++written % FlushEvery == 0)
            {
                await csv.FlushAsync();
                await text.FlushAsync(cancellationToken);
                await stream.FlushAsync(cancellationToken);
            }
        }

        await csv.FlushAsync();
        await text.FlushAsync(cancellationToken);
        await stream.FlushAsync(cancellationToken);
    }
}
