using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>
/// Stage 1, "Investigate the origin": where the promise came from (channel, reference, date, who made it),
/// the client's original goals and how the promise came about. Possible (and correctable) at any open stage.
/// </summary>
public sealed class OriginModel(IMediator mediator, IStringLocalizer<OriginModel> localizer) : IncidentFormPage<OriginModel.OriginView, OriginModel.Command>(mediator)
{
    public Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken) =>
        SendAsync(Data with { Id = id }, contractLinked => contractLinked
            ? localizer["Saved where the promise came from. The incident is contract-linked: legal must review it before anything is said or offered to the client."]
            : localizer["Saved where the promise came from."], cancellationToken);

    protected override IQuery<OriginView> ViewQuery(long id) => new Query(id);

    protected override Command FormFrom(OriginView view) => Command.From(view);

    [AuthorizeRequest(RequestAccess.ReadIncident)]
    public sealed record Query(long Id) : IQuery<OriginView>;

    /// <summary>What the page shows: the header, the origin as recorded so far, and the evidence.</summary>
    public sealed record OriginView : IIncidentView
    {
        public required IncidentHeader Header { get; init; }
        public required PromiseChannel? PromiseChannel { get; init; }
        public required string? PromiseReference { get; init; }
        public required DateOnly? PromisedOn { get; init; }
        public required string? PromisedBy { get; init; }
        public required bool PromisedByHasLeft { get; init; }
        public required string? ClientGoals { get; init; }
        public required string? Findings { get; init; }
        public required DateTimeOffset? RecordedAt { get; init; }
        public required IReadOnlyList<EvidenceRow> Evidence { get; init; }
    }

    /// <summary>The form as typed. Property names match <see cref="OriginDetails"/>, so the domain's messages land on the right fields.</summary>
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command : ICommand<bool>, IIncidentChange, IDomainInput<PromiseOrigin>
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

        /// <summary>Why a recorded origin changes; kept with each changed fact in the field history.</summary>
        public string? Reason { get; init; }

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

        public Checked<PromiseOrigin> Parse(DateTimeOffset now) => ToDetails().Parse(now);

        private OriginDetails ToDetails() => new()
        {
            PromiseChannel = PromiseChannel,
            PromiseReference = PromiseReference,
            PromisedOn = PromisedOn,
            PromisedBy = PromisedBy,
            PromisedByHasLeft = PromisedByHasLeft,
            ContractReference = ContractReference,
            ClientGoals = ClientGoals,
            Findings = Findings,
            Reason = Reason,
        };
    }

    public sealed class QueryHandler(PromiseKeeperDbContext db, ICurrentUser user) : IQueryHandler<Query, OriginView>
    {
        public async ValueTask<OriginView> Handle(Query query, CancellationToken cancellationToken)
        {
            // The header and the origin in one statement, the evidence in a second.
            var origin = await (from i in db.Incidents.AsNoTracking().VisibleTo(user)
                                where i.Id == query.Id
                                join c in db.Clients on i.ClientId equals c.Id
                                select new
                                {
                                    Header = new IncidentHeader(i.Id, i.Summary, c.Name, i.Stage, i.ContractReference, i.Version),
                                    i.PromiseChannel, i.PromiseReference, i.PromisedOn, i.PromisedBy, i.PromisedByHasLeft, i.ClientGoals, i.OriginFindings, i.OriginRecordedAt,
                                })
                               .SingleOrDefaultAsync(cancellationToken)
                         ?? throw new NotFoundException();
            return new OriginView
            {
                Header = origin.Header,
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

    /// <remarks>Loads the legal reviews: a changed or removed contract reference lapses legal's latest review.</remarks>
    public sealed class Handler(IncidentChanges changes) : ICommandHandler<Command, bool>
    {
        /// <returns>Whether the incident is contract-linked (needs legal review) after the change.</returns>
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken) =>
            await changes.ApplyAsync(command, command.Parse, IncidentParts.LegalReviews, (incident, origin, by) =>
            {
                incident.RecordOrigin(origin, by.Actor, by.Now);
                return incident.IsContractLinked;
            }, cancellationToken);
    }
}
