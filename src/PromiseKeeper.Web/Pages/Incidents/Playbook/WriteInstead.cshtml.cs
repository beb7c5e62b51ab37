using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Infrastructure.Texts;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>
/// Stage 3 when a call is impossible: a careful, honest written message that still offers to talk, drafted from the
/// incident and checked for blame language once saved. Marking it as sent is when the client is told.
/// </summary>
public sealed class WriteInsteadModel(IMediator mediator, DraftTexts drafts) : PageModel, IReloadsFormOnError, IShowsIncident
{
    public IncidentHeader? ShownIncident => View?.Header;

    [BindProperty]
    public Command Data { get; set; } = new();

    public CallContext View { get; private set; } = null!;

    /// <param name="regenerate">True to fill the message from a fresh draft instead of the saved one.</param>
    public async Task OnGetAsync(long id, bool regenerate, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        var saved = View.WrittenInstead;
        Data = new Command
        {
            Version = View.Header.Version,
            Reason = saved?.EmailInsteadReason,
            Message = saved is not null && !regenerate ? saved.EmailInsteadMessage : drafts.EmailInstead(View.DraftFacts),
        };
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        await mediator.Send(Data with { Id = id }, cancellationToken);
        if (Data.Sent)
        {
            TempData[StatusMessage.Key] = "The message is marked as sent: the client has heard it from us. Next: talk with them when they are ready, and record the conversation.";
            return RedirectToPage("/Incidents/Details", new { id });
        }

        TempData[StatusMessage.Key] = "The message is saved. Send it, then mark it as sent here.";
        return RedirectToPage(new { id });
    }

    public Task LoadFormLookupsAsync(CancellationToken cancellationToken) =>
        LoadAsync(this.IncidentId(), cancellationToken);

    private async Task LoadAsync(long id, CancellationToken cancellationToken) =>
        View = await mediator.Send(new Query(id), cancellationToken);

    [AuthorizeRequest(RequestAccess.ReadIncident)]
    public sealed record Query(long Id) : IQuery<CallContext>;

    /// <summary>The message as typed. Property names match <see cref="EmailInsteadDetails"/>, so the domain's messages land on the right fields.</summary>
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command : ICommand, IIncidentRequest
    {
        public long Id { get; init; }

        /// <summary>The incident's version when the page was shown, to catch a concurrent change.</summary>
        public uint Version { get; init; }

        public string? Reason { get; init; }

        public string? Message { get; init; }

        /// <summary>Set by the "Save and mark as sent" button.</summary>
        public bool Sent { get; init; }

        public EmailInsteadDetails ToDetails() => new() { Reason = Reason, Message = Message };
    }

    public sealed class QueryHandler(PromiseKeeperDbContext db, ICurrentUser user) : IQueryHandler<Query, CallContext>
    {
        public async ValueTask<CallContext> Handle(Query query, CancellationToken cancellationToken) =>
            await CallContext.LoadAsync(db, query.Id, user, cancellationToken);
    }

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var incident = await db.LoadForChangeAsync(command.Id, command.Version, user, cancellationToken);
            incident.WriteInsteadOfCall(command.ToDetails(), command.Sent, user.AsActor(), clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
