using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Clients;

/// <summary>Changes a client's relationship with us (hostile … advocate) with a reason; the change is kept as history and audited.</summary>
public sealed class RelationshipModel(IMediator mediator, IStringLocalizer<RelationshipModel> localizer) : PageModel, IReloadsFormOnError
{
    [BindProperty]
    public Command Data { get; set; } = new();

    public Current Saved { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        Data = new Command { Expected = Saved.Loyalty };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var name = await mediator.Send(Data with { Id = id }, cancellationToken);
        TempData[StatusMessage.Key] = localizer["The relationship with {0} is saved.", name].Value;
        return RedirectToPage("Details", new { id });
    }

    public Task LoadFormLookupsAsync(CancellationToken cancellationToken) =>
        LoadAsync(int.Parse((string)RouteData.Values["id"]!, System.Globalization.CultureInfo.InvariantCulture), cancellationToken);

    private async Task LoadAsync(int id, CancellationToken cancellationToken) =>
        Saved = await mediator.Send(new Query(id), cancellationToken) ?? throw new NotFoundException();

    [AuthorizeRequest(RequestAccess.LogIncidents)]
    public sealed record Query(int Id) : IQuery<Current?>;

    public sealed record Current(int Id, string Name, LoyaltyLevel Loyalty);

    public sealed class QueryHandler(PromiseKeeperDbContext db, ICurrentUser user) : IQueryHandler<Query, Current?>
    {
        public async ValueTask<Current?> Handle(Query query, CancellationToken cancellationToken)
        {
            user.RequireAnyRole(Roles.AccountManager, Roles.TeamLead);
            return await db.Clients.AsNoTracking()
                .Where(c => c.Id == query.Id)
                .Select(c => new Current(c.Id, c.Name, c.Loyalty))
                .SingleOrDefaultAsync(cancellationToken);
        }
    }

    [AuthorizeRequest(RequestAccess.LogIncidents)]
    public sealed record Command : ICommand<string>, IDomainInput<RelationshipToSet>
    {
        public int Id { get; init; }

        public LoyaltyLevel? To { get; init; }

        public string? Reason { get; init; }

        /// <summary>The relationship the form was shown with: a change made by someone else since is not overwritten.</summary>
        public LoyaltyLevel? Expected { get; init; }

        public Checked<RelationshipToSet> Parse(DateTimeOffset now) => Client.ParseRelationship(To, Reason);
    }

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock, IAuditLog audit) : ICommandHandler<Command, string>
    {
        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            user.RequireAnyRole(Roles.AccountManager, Roles.TeamLead);
            var change = command.Parse(clock.GetUtcNow()).OrThrow();
            // Locked until saved, so two changes at the same moment are made one after the other and the second sees the first.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var client = (await db.Clients.FromSql($"""SELECT * FROM "Clients" WHERE "Id" = {command.Id} FOR UPDATE""").ToListAsync(cancellationToken))
                .SingleOrDefault() ?? throw new NotFoundException();
            if (command.Expected is { } expected && expected != client.Loyalty)
            {
                throw new DbUpdateConcurrencyException("The relationship was changed by someone else after the form was opened.");
            }

            var from = client.Loyalty;
            db.ClientRelationshipChanges.Add(client.ChangeRelationship(change, user.Id, user.DisplayName, clock.GetUtcNow()));
            audit.Add(AuditAction.ClientRelationshipChanged, AuditTexts.RelationshipChanged(client.Name, from, change.To, change.Reason), AuditSubject.Client(client.Name));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return client.Name;
        }
    }
}
