using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Clocks;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Teams;

/// <summary>
/// A client's SLA: its own response target per stage, in working days, over the team's for its incidents; an empty
/// field keeps the team's. Team leads and admins set it (the same people who set a team's clocks), at /Clients/{id}/Sla;
/// the page lives with the team's clock settings, whose folder admits exactly them.
/// </summary>
public sealed class ClientSlaModel(IMediator mediator, IStringLocalizer<ClientSlaModel> localizer) : PageModel, IReloadsFormOnError
{
    [BindProperty]
    public Command Data { get; set; } = new();

    public SlaView Saved { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        Data = Command.From(Saved.Days);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var name = await mediator.Send(Data with { Id = id }, cancellationToken);
        TempData[StatusMessage.Key] = localizer["The SLA of {0} is saved.", name].Value;
        return RedirectToPage(new { id });
    }

    public Task LoadFormLookupsAsync(CancellationToken cancellationToken) =>
        LoadAsync(int.Parse((string)RouteData.Values["id"]!, System.Globalization.CultureInfo.InvariantCulture), cancellationToken);

    private async Task LoadAsync(int id, CancellationToken cancellationToken) =>
        Saved = await mediator.Send(new Query(id), cancellationToken) ?? throw new NotFoundException();

    [AuthorizeRequest(RequestAccess.TeamClocks)]
    public sealed record Query(int Id) : IQuery<SlaView?>;

    public sealed record SlaView(int Id, string Name, IReadOnlyDictionary<ClockKind, decimal?> Days);

    public sealed class QueryHandler(PromiseKeeperDbContext db) : IQueryHandler<Query, SlaView?>
    {
        public async ValueTask<SlaView?> Handle(Query query, CancellationToken cancellationToken)
        {
            var found = await db.Clients.AsNoTracking()
                .Where(c => c.Id == query.Id)
                .Select(c => new { c.Name, c.TellClientDays, c.HoldCallDays, c.SendRecapDays, c.SubmitRetroDays, c.LegalReviewDays })
                .SingleOrDefaultAsync(cancellationToken);
            return found is null
                ? null
                : new SlaView(query.Id, found.Name, Client.SlaDaysOf(found.TellClientDays, found.HoldCallDays, found.SendRecapDays, found.SubmitRetroDays, found.LegalReviewDays));
        }
    }

    /// <summary>As typed; the field names are <see cref="ClockFields.Target"/>'s, so the domain's messages land on them.</summary>
    [AuthorizeRequest(RequestAccess.TeamClocks)]
    public sealed record Command : ICommand<string>, IDomainInput<IReadOnlyDictionary<ClockKind, decimal?>>
    {
        public int Id { get; init; }

        public decimal? TellClientDays { get; init; }

        public decimal? HoldCallDays { get; init; }

        public decimal? SendRecapDays { get; init; }

        public decimal? SubmitRetroDays { get; init; }

        public decimal? LegalReviewDays { get; init; }

        public static Command From(IReadOnlyDictionary<ClockKind, decimal?> days) => new()
        {
            TellClientDays = Shown(days[ClockKind.TellClient]),
            HoldCallDays = Shown(days[ClockKind.HoldCall]),
            SendRecapDays = Shown(days[ClockKind.SendRecap]),
            SubmitRetroDays = Shown(days[ClockKind.SubmitRetro]),
            LegalReviewDays = Shown(days[ClockKind.LegalReview]),
        };

        // The column keeps two decimals (0.50): shown without the zeros the user did not type.
        private static decimal? Shown(decimal? days) =>
            days is { } value ? decimal.Parse(value.ToString("0.##", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : null;

        public Checked<IReadOnlyDictionary<ClockKind, decimal?>> Parse(DateTimeOffset now) =>
            Client.ParseSla(Client.SlaDaysOf(TellClientDays, HoldCallDays, SendRecapDays, SubmitRetroDays, LegalReviewDays));
    }

    public sealed class Handler(PromiseKeeperDbContext db, IAuditLog audit) : ICommandHandler<Command, string>
    {
        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            var days = command.Parse(DateTimeOffset.MinValue).OrThrow();
            var client = await db.Clients.SingleOrDefaultAsync(c => c.Id == command.Id, cancellationToken) ?? throw new NotFoundException();
            if (client.ChangeSla(days))
            {
                audit.Add(AuditAction.ClientSlaChanged, AuditTexts.ClientSlaSaved(client.Name, days), AuditSubject.Client(client.Name));
            }

            await db.SaveChangesAsync(cancellationToken);
            return client.Name;
        }
    }
}
