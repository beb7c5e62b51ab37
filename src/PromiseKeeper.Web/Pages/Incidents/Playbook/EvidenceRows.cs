using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Infrastructure.Localization;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>One piece of evidence as the Origin and Evidence pages list it (the partial _EvidenceList).</summary>
public sealed record EvidenceRow(
    Guid Id,
    string Title,
    string? FileName,
    long? SizeBytes,
    string? PastedText,
    DateTimeOffset AddedAt,
    string AddedByName)
{
    public bool IsDocument => FileName is not null;

    /// <summary>"840 bytes", "12.5 KB", "3.2 MB" in the reader's language and number format.</summary>
    public static string SizeText(long bytes, IStringLocalizer<EvidenceRow> localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return bytes switch
        {
            < 1024 => localizer.Plural(bytes, "{0} byte", "{0} bytes"),
            < 1024 * 1024 => localizer["{0} KB", (bytes / 1024.0).ToString("0.#", CultureInfo.CurrentCulture)],
            _ => localizer["{0} MB", (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.CurrentCulture)],
        };
    }
}

/// <summary>The model of the partial _EvidenceList: the incident (for the download links) and its evidence, oldest first.</summary>
public sealed record EvidenceListView(long IncidentId, IReadOnlyList<EvidenceRow> Items);

public static class EvidenceRowsQuery
{
    /// <summary>The evidence of an incident the user may see, oldest first (one SQL statement; no document bytes).</summary>
    public static async Task<IReadOnlyList<EvidenceRow>> EvidenceRowsAsync(
        this PromiseKeeperDbContext db, long incidentId, ICurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Incidents.AsNoTracking().VisibleTo(user)
            .Where(i => i.Id == incidentId)
            .SelectMany(i => i.Evidence)
            .OrderBy(e => e.AddedAt).ThenBy(e => e.Id)
            .Select(e => new EvidenceRow(e.Id, e.Title, e.FileName, e.SizeBytes, e.PastedText, e.AddedAt, e.AddedByName))
            .ToListAsync(cancellationToken);
    }
}
