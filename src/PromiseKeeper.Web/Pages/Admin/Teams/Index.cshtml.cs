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

/// <summary>Every team with its leads and how many active people work in it; and a form to add a team.</summary>
public sealed class IndexModel(IMediator mediator, IStringLocalizer<IndexModel> localizer) : PageModel, IReloadsFormOnError
{
    [BindProperty]
    public Command Data { get; set; } = new();

    public IReadOnlyList<Row> Teams { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadFormLookupsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var name = await mediator.Send(Data, cancellationToken);
        TempData[StatusMessage.Key] = localizer["The team {0} is added. Next: give it members and at least one team lead on their user pages.", name].Value;
        return RedirectToPage();
    }

    public async Task LoadFormLookupsAsync(CancellationToken cancellationToken) =>
        Teams = await mediator.Send(new Query(), cancellationToken);

    [AuthorizeRequest(RequestAccess.Administer)]
    public sealed record Query : IQuery<IReadOnlyList<Row>>;

    public sealed record Row(int Id, string Name, IReadOnlyList<string> Leads, int ActiveMembers);

    public sealed class QueryHandler(PromiseKeeperDbContext db, ICurrentUser user) : IQueryHandler<Query, IReadOnlyList<Row>>
    {
        public async ValueTask<IReadOnlyList<Row>> Handle(Query query, CancellationToken cancellationToken)
        {
            user.RequireAnyRole(Roles.Admin);
            var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
            var memberCounts = await db.Users.AsNoTracking()
                .Where(u => u.IsActive && u.TeamId != null)
                .GroupBy(u => u.TeamId!.Value)
                .Select(g => new { TeamId = g.Key, Count = g.Count() })
                .ToDictionaryAsync(x => x.TeamId, x => x.Count, cancellationToken);
            var leads = (await (
                    from member in db.Users
                    join userRole in db.UserRoles on member.Id equals userRole.UserId
                    join role in db.Roles on userRole.RoleId equals role.Id
                    where member.IsActive && member.TeamId != null && role.Name == Roles.TeamLead
                    orderby member.DisplayName
                    select new { TeamId = member.TeamId!.Value, member.DisplayName })
                .AsNoTracking()
                .ToListAsync(cancellationToken))
                .ToLookup(l => l.TeamId, l => l.DisplayName);

            return teams.Select(t => new Row(t.Id, t.Name, [.. leads[t.Id]], memberCounts.GetValueOrDefault(t.Id))).ToList();
        }
    }

    [AuthorizeRequest(RequestAccess.Administer)]
    public sealed record Command : ICommand<string>, IDomainInput<NewTeamName>
    {
        public string? Name { get; set; }

        public Checked<NewTeamName> Parse() => TeamNames.Parse(Name);

        // The name rules do not depend on the time.
        Checked<NewTeamName> IDomainInput<NewTeamName>.Parse(DateTimeOffset now) => Parse();
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(PromiseKeeperDbContext db, IStringLocalizer<IndexModel> localizer) => this.AddNameTakenRule(db, c => c.Name, _ => null, localizer);
    }

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock, IAuditLog audit, IStringLocalizer<IndexModel> localizer) : ICommandHandler<Command, string>
    {
        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            user.RequireAnyRole(Roles.Admin);
            var name = command.Parse().OrThrow();
            var team = new Team { Name = name.Value, CreatedAt = clock.GetUtcNow() };
            db.Teams.Add(team);
            // Saved with the team, in one statement: both or neither.
            audit.Add(AuditAction.TeamCreated, AuditTexts.TeamCreated(team.Name), AuditSubject.Team(team.Name));
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
