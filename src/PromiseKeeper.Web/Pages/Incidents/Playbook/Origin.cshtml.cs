using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>
/// Stage 1, "Investigate the origin": where the promise came from (channel, reference, date, who made it),
/// the client's original goals and how the promise came about. Possible (and correctable) at any open stage.
/// </summary>
public sealed class OriginModel(IMediator mediator) : PageModel, IReloadsFormOnError, IShowsIncident
{
    public IncidentHeader? ShownIncident => View?.Header;

    [BindProperty]
    public Command Data { get; set; } = new();

    public OriginView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        Data = Command.From(View);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        var contractLinked = await mediator.Send(Data with { Id = id }, cancellationToken);
        TempData[StatusMessage.Key] = contractLinked
            ? "Saved where the promise came from. The incident is contract-linked: legal must review it before anything is said or offered to the client."
            : "Saved where the promise came from.";
        return RedirectToPage("/Incidents/Details", new { id });
    }

    public Task LoadFormLookupsAsync(CancellationToken cancellationToken) =>
        LoadAsync(this.IncidentId(), cancellationToken);

    private async Task LoadAsync(long id, CancellationToken cancellationToken) =>
        View = await mediator.Send(new Query(id), cancellationToken);

    [AuthorizeRequest(RequestAccess.ReadIncident)]
    public sealed record Query(long Id) : IQuery<OriginView>;

    /// <summary>What the page shows: the header, the origin as recorded so far, and the evidence.</summary>
    public sealed record OriginView
    {
        public required IncidentHeader Header { get; init; }
        public required PromiseChannel PromiseChannel { get; init; }
        public required string? PromiseReference { get; init; }
        public required DateOnly PromisedOn { get; init; }
        public required string PromisedBy { get; init; }
        public required bool PromisedByHasLeft { get; init; }
        public required string ClientGoals { get; init; }
        public required string? Findings { get; init; }
        public required DateTimeOffset? RecordedAt { get; init; }
        public required IReadOnlyList<EvidenceRow> Evidence { get; init; }
    }

    /// <summary>The form as typed. Property names match <see cref="OriginDetails"/>, so the domain's messages land on the right fields.</summary>
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command : ICommand<bool>, IIncidentRequest
    {
        public long Id { get; init; }

        /// <summary>The incident's version when the form was shown, to catch a concurrent change.</summary>
        public uint Version { get; init; }

        public PromiseChannel? PromiseChannel { get; init; }

        public string? PromiseReference { get; init; }

        public DateOnly? PromisedOn { get; init; }

        public string? PromisedBy { get; init; }

        public bool PromisedByHasLeft { get; init; }

        public string? ContractReference { get; init; }

        public string? ClientGoals { get; init; }

        public string? Findings { get; init; }

        /// <summary>The form prefilled with what the incident holds now (logged values, or an earlier investigation).</summary>
        public static Command From(OriginView view)
        {
            ArgumentNullException.ThrowIfNull(view);
            return new()
            {
                Id = view.Header.Id,
                Version = view.Header.Version,
                PromiseChannel = view.PromiseChannel,
                PromiseReference = view.PromiseReference,
                PromisedOn = view.PromisedOn,
                PromisedBy = view.PromisedBy,
                PromisedByHasLeft = view.PromisedByHasLeft,
                ContractReference = view.Header.ContractReference,
                ClientGoals = view.ClientGoals,
                Findings = view.Findings,
            };
        }

        public OriginDetails ToDetails() => new()
        {
            PromiseChannel = PromiseChannel,
            PromiseReference = PromiseReference,
            PromisedOn = PromisedOn,
            PromisedBy = PromisedBy,
            PromisedByHasLeft = PromisedByHasLeft,
            ContractReference = ContractReference,
            ClientGoals = ClientGoals,
            Findings = Findings,
        };
    }

    /// <summary>Runs the domain's own field rules up front, so every message shows at once (also next to a field that did not bind).</summary>
    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock) =>
            RuleFor(c => c).Custom((command, context) =>
            {
                foreach (var violation in command.ToDetails().Check(clock.GetUtcNow()))
                {
                    context.AddFailure(violation.Field, violation.Message);
                }
            });
    }

    public sealed class QueryHandler(PromiseKeeperDbContext db, ICurrentUser user) : IQueryHandler<Query, OriginView>
    {
        public async ValueTask<OriginView> Handle(Query query, CancellationToken cancellationToken)
        {
            var header = await db.HeaderAsync(query.Id, user, cancellationToken);
            var origin = await db.Incidents.AsNoTracking().VisibleTo(user)
                .Where(i => i.Id == query.Id)
                .Select(i => new { i.PromiseChannel, i.PromiseReference, i.PromisedOn, i.PromisedBy, i.PromisedByHasLeft, i.ClientGoals, i.OriginFindings, i.OriginRecordedAt })
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException();
            return new OriginView
            {
                Header = header,
                PromiseChannel = origin.PromiseChannel,
                PromiseReference = origin.PromiseReference,
                PromisedOn = origin.PromisedOn,
                PromisedBy = origin.PromisedBy,
                PromisedByHasLeft = origin.PromisedByHasLeft,
                ClientGoals = origin.ClientGoals,
                Findings = origin.OriginFindings,
                RecordedAt = origin.OriginRecordedAt,
                Evidence = await db.EvidenceRowsAsync(query.Id, user, cancellationToken),
            };
        }
    }

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, bool>
    {
        /// <returns>Whether the incident is contract-linked (needs legal review) after the change.</returns>
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var incident = await db.LoadForChangeAsync(command.Id, command.Version, user, cancellationToken);
            incident.RecordOrigin(command.ToDetails(), user.AsActor(), clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return incident.IsContractLinked;
        }
    }
}
