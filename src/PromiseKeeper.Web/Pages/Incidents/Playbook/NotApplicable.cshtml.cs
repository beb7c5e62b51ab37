using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Infrastructure.Texts;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>
/// Stops the playbook for an incident where the client acts in bad faith (e.g. wants a lot of work for
/// free, or is dishonest), with the reason on record.
/// </summary>
public sealed class NotApplicableModel(IMediator mediator) : PageModel, IReloadsFormOnError, IShowsIncident
{
    public IncidentHeader? ShownIncident => View?.Header;

    public NotApplicableView View { get; private set; } = null!;

    [BindProperty]
    public Command Data { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        Data = new Command { Version = View.Header.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        Data.Id = id;
        await mediator.Send(Data, cancellationToken);
        TempData[StatusMessage.Key] = "The incident is marked as not applicable; the playbook stops here.";
        return RedirectToPage("/Incidents/Details", new { id });
    }

    public Task LoadFormLookupsAsync(CancellationToken cancellationToken) =>
        LoadAsync(this.IncidentId(), cancellationToken);

    private async Task LoadAsync(long id, CancellationToken cancellationToken) =>
        View = await mediator.Send(new Query(id), cancellationToken);

    [AuthorizeRequest(RequestAccess.ReadIncident)]
    public sealed record Query(long Id) : IQuery<NotApplicableView>;

    public sealed record NotApplicableView(IncidentHeader Header, Guidance Guidance, string? Reason, bool MayChange);

    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed class Command : ICommand, IIncidentRequest
    {
        public long Id { get; set; }

        public uint Version { get; set; }

        public string? Reason { get; set; }
    }

    public sealed class QueryHandler(PromiseKeeperDbContext db, ICurrentUser user, StageGuidanceTexts guidance) : IQueryHandler<Query, NotApplicableView>
    {
        public async ValueTask<NotApplicableView> Handle(Query query, CancellationToken cancellationToken)
        {
            var header = await db.HeaderAsync(query.Id, user, cancellationToken);
            var incident = await db.Incidents.AsNoTracking().VisibleTo(user)
                .SingleOrDefaultAsync(i => i.Id == query.Id, cancellationToken)
                ?? throw new NotFoundException();
            return new NotApplicableView(header, guidance.For(PlaybookStage.NotApplicable), incident.NotApplicableReason, user.MayChange(incident));
        }
    }

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var incident = await db.LoadForChangeAsync(command.Id, command.Version, user, cancellationToken);
            incident.MarkNotApplicable(command.Reason, user.AsActor(), clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
