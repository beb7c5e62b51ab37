using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Web.Data;

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

    /// <summary>"840 bytes", "12.5 KB", "3.2 MB".</summary>
    public static string SizeText(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
    };
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
