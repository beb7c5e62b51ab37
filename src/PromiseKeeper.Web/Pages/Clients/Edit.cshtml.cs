using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Clients;

/// <summary>Renames a client and sets the language they are written to in (drafts made from then on follow it).</summary>
public sealed class EditModel(IMediator mediator, IStringLocalizer<EditModel> localizer) : PageModel, IReloadsFormOnError
{
    [BindProperty]
    public Command Data { get; set; } = new();

    /// <summary>The client as saved (the form may hold a new name).</summary>
    public ClientView Saved { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        Data = new Command { Name = Saved.Name, Language = Saved.Language };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var name = await mediator.Send(Data with { Id = id }, cancellationToken);
        TempData[StatusMessage.Key] = localizer["{0} is saved.", name].Value;
        return RedirectToPage("Index");
    }

    public Task LoadFormLookupsAsync(CancellationToken cancellationToken) =>
        LoadAsync(int.Parse((string)RouteData.Values["id"]!, System.Globalization.CultureInfo.InvariantCulture), cancellationToken);

    private async Task LoadAsync(int id, CancellationToken cancellationToken) =>
        Saved = await mediator.Send(new Query(id), cancellationToken) ?? throw new NotFoundException();

    [AuthorizeRequest(RequestAccess.LogIncidents)]
    public sealed record Query(int Id) : IQuery<ClientView?>;

    public sealed record ClientView(int Id, string Name, string Language);

    public sealed class QueryHandler(PromiseKeeperDbContext db, ICurrentUser user) : IQueryHandler<Query, ClientView?>
    {
        public async ValueTask<ClientView?> Handle(Query query, CancellationToken cancellationToken)
        {
            user.RequireAnyRole(Roles.AccountManager, Roles.TeamLead);
            return await db.Clients.AsNoTracking()
                .Where(c => c.Id == query.Id)
                .Select(c => new ClientView(c.Id, c.Name, c.Language))
                .SingleOrDefaultAsync(cancellationToken);
        }
    }

    [AuthorizeRequest(RequestAccess.LogIncidents)]
    public sealed record Command : ICommand<string>, IDomainInput<ClientChanges>
    {
        public int Id { get; init; }

        public string? Name { get; init; }

        public string? Language { get; init; }

        public Checked<ClientChanges> Parse(DateTimeOffset now) => Client.ParseChanges(Name, Language);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(PromiseKeeperDbContext db)
        {
            RuleFor(c => c).CustomAsync((command, context, cancellationToken) =>
                ClientChecks.AddNameTakenFailureAsync(db, command.Name, context, fieldPrefix: string.Empty, cancellationToken, exceptClientId: command.Id));
        }
    }

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock, IStringLocalizer<EditModel> localizer) : ICommandHandler<Command, string>
    {
        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            user.RequireAnyRole(Roles.AccountManager, Roles.TeamLead);
            var changes = command.Parse(clock.GetUtcNow()).OrThrow();
            var client = await db.Clients.SingleOrDefaultAsync(c => c.Id == command.Id, cancellationToken) ?? throw new NotFoundException();
            client.Change(changes);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (ClientChecks.IsDuplicateName(ex))
            {
                throw new ValidationException([new ValidationFailure(nameof(Command.Name), localizer["A client with this name was just added by someone else."])]);
            }

            return client.Name;
        }
    }
}
