using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Infrastructure.Texts;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>
/// Stage 5, "Follow-up recap": the written summary for the client, drafted from the record, edited,
/// checked for blame language, saved as a draft and finally marked as sent.
/// </summary>
public sealed class RecapModel(IMediator mediator) : PageModel, IReloadsFormOnError, IShowsIncident
{
    public IncidentHeader? ShownIncident => View?.Header;

    public RecapView View { get; private set; } = null!;

    [BindProperty]
    public Command Data { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        Data = new Command { Version = View.Header.Version, Text = View.Saved?.Text ?? View.Draft };
        return Page();
    }

    /// <summary>"Save draft".</summary>
    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        Data.Id = id;
        Data.Send = false;
        await mediator.Send(Data, cancellationToken);
        TempData[StatusMessage.Key] = "The recap draft is saved. Mark it as sent once it has gone to the client.";
        return RedirectToPage(new { id });
    }

    /// <summary>"Mark as sent".</summary>
    public async Task<IActionResult> OnPostSendAsync(long id, CancellationToken cancellationToken)
    {
        Data.Id = id;
        Data.Send = true;
        await mediator.Send(Data, cancellationToken);
        TempData[StatusMessage.Key] = "The recap is marked as sent. Keep the client updated with the planned check-ins.";
        return RedirectToPage("/Incidents/Details", new { id });
    }

    /// <summary>"Redraft from the record": replaces the saved text with a fresh draft.</summary>
    public async Task<IActionResult> OnPostRedraftAsync(long id, CancellationToken cancellationToken)
    {
        await mediator.Send(new RedraftRecap.Command(id, Data.Version), cancellationToken);
        TempData[StatusMessage.Key] = "A fresh draft from the record replaced the text. Read it through and adjust it before sending.";
        return RedirectToPage(new { id });
    }

    public async Task LoadFormLookupsAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(this.IncidentId(), cancellationToken);

        // The redraft button posts no text: show what is on record rather than an empty box.
        Data.Text ??= View.Saved?.Text ?? View.Draft;
    }

    private async Task LoadAsync(long id, CancellationToken cancellationToken) =>
        View = await mediator.Send(new Query(id), cancellationToken);

    [AuthorizeRequest(RequestAccess.ReadIncident)]
    public sealed record Query(long Id) : IQuery<RecapView>;

    public sealed record CheckInLine(DateOnly PlannedOn, string Topic, bool IsDone);

    public sealed record RecapView
    {
        public required IncidentHeader Header { get; init; }

        public required Guidance Guidance { get; init; }

        public required FollowUpRecap? Saved { get; init; }

        /// <summary>A fresh draft from what is on record, in the language of the templates.</summary>
        public required string Draft { get; init; }

        public required IReadOnlyList<CheckInLine> CheckIns { get; init; }

        public required bool MayChange { get; init; }

        public bool IsAtStage => Header.Stage == PlaybookStage.FollowUpRecap;

        public bool IsSent => Saved is { IsSent: true };

        public bool CanEdit => IsAtStage && MayChange && !IsSent;
    }

    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed class Command : ICommand, IIncidentRequest
    {
        public long Id { get; set; }

        public uint Version { get; set; }

        public string? Text { get; set; }

        /// <summary>Set by the page handler: "Mark as sent" rather than "Save draft".</summary>
        public bool Send { get; set; }
    }

    public sealed class QueryHandler(PromiseKeeperDbContext db, ICurrentUser user, StageGuidanceTexts guidance, DraftTexts drafts) : IQueryHandler<Query, RecapView>
    {
        public async ValueTask<RecapView> Handle(Query query, CancellationToken cancellationToken)
        {
            var header = await db.HeaderAsync(query.Id, user, cancellationToken);
            var incident = await db.Incidents.AsNoTracking().VisibleTo(user)
                .Include(i => i.Options)
                .Include(i => i.CheckIns)
                .AsSplitQuery()
                .SingleOrDefaultAsync(i => i.Id == query.Id, cancellationToken)
                ?? throw new NotFoundException();
            var ownerName = await db.Users.AsNoTracking().Where(u => u.Id == incident.OwnerId)
                .Select(u => u.DisplayName).SingleAsync(cancellationToken);
            return new RecapView
            {
                Header = header,
                Guidance = guidance.For(PlaybookStage.FollowUpRecap),
                Saved = incident.Recap,
                Draft = drafts.Recap(incident.ToDraftFacts(header.ClientName, ownerName)),
                CheckIns = [.. incident.CheckIns.OrderBy(c => c.PlannedOn).Select(c => new CheckInLine(c.PlannedOn, c.Topic, c.IsDone))],
                MayChange = user.MayChange(incident),
            };
        }
    }

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var incident = await db.LoadForChangeAsync(command.Id, command.Version, user, cancellationToken);
            incident.SaveRecap(command.Text, command.Send, user.AsActor(), clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
