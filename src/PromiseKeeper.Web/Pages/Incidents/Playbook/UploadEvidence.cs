using System.Globalization;
using Mediator;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Evidence;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>
/// Keeps an uploaded document (PDF, DOCX, EML, TXT, PNG or JPEG, at most 10 MB, checked by its content) as
/// evidence, its bytes stored in PostgreSQL next to the evidence item. Possible at any open stage.
/// </summary>
public static class UploadEvidence
{
    /// <summary>What the file input offers in the browser's picker; the server checks the content regardless.</summary>
    public const string Accept = ".pdf,.docx,.eml,.txt,.png,.jpg,.jpeg";

    /// <summary>
    /// The largest request the upload accepts (the app's default is 1 MB). Twice the file limit, so that a file a
    /// little over 10 MB still reaches the handler and is answered with a clear message next to the file field;
    /// the form buffers a file this large to disk, not memory, and the handler checks the size before reading it.
    /// Only a request larger than this is cut off by the server (a generic error page).
    /// </summary>
    public const long MaxRequestBytes = 2 * EvidenceFileCheck.MaxSizeBytes;

    /// <summary>The upload form of the Evidence page (bound there as <c>Upload</c>).</summary>
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command : ICommand<Result>, IIncidentChange
    {
        /// <summary>The domain's field name for problems with the file itself (missing, empty, too large, wrong type).</summary>
        public const string FileField = nameof(File);

        public long Id { get; init; }

        /// <summary>The incident's version when the page was shown, to catch a concurrent change.</summary>
        public uint Version { get; init; }

        /// <summary>Optional; the file name when empty.</summary>
        public string? Title { get; init; }

        public IFormFile? File { get; init; }
    }

    public sealed record Result(Guid Id, string Title, string FileName, long SizeBytes);

    public sealed class Handler(PromiseKeeperDbContext db, IncidentChanges changes, IStringLocalizer<EvidenceModel> localizer) : ICommandHandler<Command, Result>
    {
        /// <exception cref="DomainException">With a violation on <see cref="Command.FileField"/> or "Title" for a bad file or title; without one when the incident is finished.</exception>
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            return await changes.ApplyAsync(command, IncidentParts.None, async (incident, by) =>
            {
                var (upload, bytes) = await ReadAsync(command.File, cancellationToken);
                CheckedEvidenceFile file;
                try
                {
                    file = EvidenceFileCheck.Check(upload.FileName, bytes);
                }
                catch (DomainException ex)
                {
                    throw FileProblem(ex.Message);
                }

                var item = incident.AddDocumentEvidence(command.Title, file, by.Actor, by.Now);
                db.EvidenceDocumentContents.Add(new EvidenceDocumentContent { Evidence = item, Bytes = bytes });
                return new Result(item.Id, item.Title, file.FileName, file.SizeBytes);
            }, cancellationToken);
        }

        /// <summary>The file's bytes, read only when its declared length is within the limit (so at most 10 MB is ever held in memory).</summary>
        private async Task<(IFormFile Upload, byte[] Bytes)> ReadAsync(IFormFile? upload, CancellationToken cancellationToken)
        {
            if (upload is null)
            {
                throw FileProblem(localizer["Choose the file to upload."]);
            }

            if (upload.Length > EvidenceFileCheck.MaxSizeBytes)
            {
                var megabytes = Math.Ceiling(upload.Length * 10m / (1024 * 1024)) / 10m;
                throw FileProblem(localizer["This file is {0} MB; the limit is 10 MB per file. Compress it, or split it into smaller files.", megabytes.ToString("0.0", CultureInfo.CurrentCulture)]);
            }

            var bytes = new byte[upload.Length];
            await using var stream = upload.OpenReadStream();
            await stream.ReadExactlyAsync(bytes, cancellationToken);
            return (upload, bytes);
        }

        private static DomainException FileProblem(string message) =>
            new([new RuleViolation(Command.FileField, message)]);
    }
}
