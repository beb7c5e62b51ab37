using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Admin.Teams;

/// <summary>One team: its members with their roles (active and deactivated), and a form to rename it.</summary>
public sealed class EditModel(IMediator mediator, IStringLocalizer<EditModel> localizer) : PageModel, IReloadsFormOnError
{
    [BindProperty]
    public Command Data { get; set; } = new();

    public TeamView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        Data = new Command { Name = View.Name };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var name = await mediator.Send(Data with { Id = id }, cancellationToken);
        TempData[StatusMessage.Key] = localizer["The team is now called {0}.", name].Value;
        return RedirectToPage(new { id });
    }

    public Task LoadFormLookupsAsync(CancellationToken cancellationToken) =>
        LoadAsync(int.Parse((string)RouteData.Values["id"]!, System.Globalization.CultureInfo.InvariantCulture), cancellationToken);

    private async Task LoadAsync(int id, CancellationToken cancellationToken) =>
        View = await mediator.Send(new Query(id), cancellationToken) ?? throw new NotFoundException();

    [AuthorizeRequest(RequestAccess.Administer)]
    public sealed record Query(int Id) : IQuery<TeamView?>;

    public sealed record Member(string Id, string DisplayName, string Email, IReadOnlyList<string> Roles, bool IsActive);

    public sealed record TeamView(int Id, string Name, IReadOnlyList<Member> Members)
    {
        public bool HasActiveLead => Members.Any(m => m.IsActive && m.Roles.Contains(Infrastructure.Authorization.Roles.TeamLead));
    }

    public sealed class QueryHandler(PromiseKeeperDbContext db, ICurrentUser user) : IQueryHandler<Query, TeamView?>
    {
        public async ValueTask<TeamView?> Handle(Query query, CancellationToken cancellationToken)
        {
            user.RequireAnyRole(Roles.Admin);
            var team = await db.Teams.AsNoTracking().Where(t => t.Id == query.Id).Select(t => new { t.Id, t.Name }).SingleOrDefaultAsync(cancellationToken);
            if (team is null)
            {
                return null;
            }

            var members = await db.Users.AsNoTracking()
                .Where(u => u.TeamId == team.Id)
                .OrderByDescending(u => u.IsActive).ThenBy(u => u.DisplayName)
                .Select(u => new { u.Id, u.DisplayName, u.Email, u.IsActive })
                .ToListAsync(cancellationToken);
            var roles = await UserAdmin.RolesOfAsync(db, members.Select(m => m.Id).ToList(), cancellationToken);
            return new TeamView(
                team.Id,
                team.Name,
                members.Select(m => new Member(m.Id, m.DisplayName, m.Email ?? string.Empty, [.. roles[m.Id]], m.IsActive)).ToList());
        }
    }

    [AuthorizeRequest(RequestAccess.Administer)]
    public sealed record Command : ICommand<string>, IDomainInput<NewTeamName>
    {
        public int Id { get; init; }

        public string? Name { get; init; }

        public Checked<NewTeamName> Parse() => TeamNames.Parse(Name);

        // The name rules do not depend on the time.
        Checked<NewTeamName> IDomainInput<NewTeamName>.Parse(DateTimeOffset now) => Parse();
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(PromiseKeeperDbContext db, IStringLocalizer<EditModel> localizer) => this.AddNameTakenRule(db, c => c.Name, c => c.Id, localizer);
    }

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, IAuditLog audit, IStringLocalizer<EditModel> localizer) : ICommandHandler<Command, string>
    {
        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            user.RequireAnyRole(Roles.Admin);
            var name = command.Parse().OrThrow();
            var team = await db.Teams.SingleOrDefaultAsync(t => t.Id == command.Id, cancellationToken) ?? throw new NotFoundException();
            var previousName = team.Name;
            team.Name = name.Value;
            // Saved with the new name, in one statement: both or neither.
            audit.Add(AuditAction.TeamChanged, AuditTexts.TeamRenamed(previousName, team.Name), AuditSubject.Team(team.Name));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (TeamNames.IsDuplicateName(ex))
            {
                throw new ValidationException([new ValidationFailure(nameof(Command.Name), localizer[TeamNames.TakenMessage])]);
            }

            return team.Name;
        }
    }
}
