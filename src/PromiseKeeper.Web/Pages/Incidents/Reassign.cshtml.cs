using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents;

/// <summary>
/// A team lead hands one of the team's incidents to another active account manager of the same team,
/// with an optional reason; the handover is on the incident's timeline and in the audit log.
/// </summary>
public sealed partial class ReassignModel(IMediator mediator) : PageModel, IReloadsFormOnError
{
    public const int ReasonMaxLength = 500;

    public const string NotATeamMemberMessage = "Choose an account manager of the incident's team.";

    public ReassignView View { get; private set; } = null!;

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
        var newOwnerName = await mediator.Send(Data with { Id = id }, cancellationToken);
        TempData[StatusMessage.Key] = $"{newOwnerName} now owns this incident and will find it in their list.";
        return RedirectToPage("Details", new { id });
    }

    public Task LoadFormLookupsAsync(CancellationToken cancellationToken) => LoadAsync(this.IncidentId(), cancellationToken);

    private async Task LoadAsync(long id, CancellationToken cancellationToken) =>
        View = await mediator.Send(new Query(id), cancellationToken);

    [AuthorizeRequest(RequestAccess.LeadIncident)]
    public sealed record Query(long Id) : IQuery<ReassignView>, IChecksIncidentAccessOnLoad;

    /// <summary>An account manager the incident can be handed to.</summary>
    public sealed record Candidate(string Id, string DisplayName);

    public sealed record ReassignView(IncidentHeader Header, string OwnerName, IReadOnlyList<Candidate> Candidates);

    /// <summary>The form: who takes over, and why (optional).</summary>
    [AuthorizeRequest(RequestAccess.LeadIncident)]
    public sealed record Command : ICommand<string>, IIncidentRequest
    {
        public long Id { get; init; }

        public uint Version { get; init; }

        public string? NewOwnerId { get; init; }

        public string? Reason { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.NewOwnerId)
                .Must(id => !string.IsNullOrWhiteSpace(id)).WithMessage("Choose the account manager who takes the incident over.");
            RuleFor(c => c.Reason)
                .MaximumLength(ReasonMaxLength).WithMessage($"Keep the reason to {ReasonMaxLength} characters.");
        }
    }

    public sealed class QueryHandler(PromiseKeeperDbContext db, ICurrentUser user) : IQueryHandler<Query, ReassignView>
    {
        public async ValueTask<ReassignView> Handle(Query query, CancellationToken cancellationToken)
        {
            user.RequireAnyRole(Roles.TeamLead);
            var incident = await (from i in db.Incidents.AsNoTracking().VisibleTo(user)
                                  where i.Id == query.Id
                                  join c in db.Clients on i.ClientId equals c.Id
                                  join o in db.Users on i.OwnerId equals o.Id
                                  select new
                                  {
                                      Header = new IncidentHeader(i.Id, i.Summary, c.Name, i.Stage, i.ContractReference, i.Version),
                                      Facts = new IncidentAccessFacts(i.OwnerId, i.TeamId, i.ContractReference != null),
                                      OwnerName = o.DisplayName,
                                  })
                                 .SingleOrDefaultAsync(cancellationToken)
                           ?? throw new NotFoundException();
            RequestAccessRules.Require(RequestAccess.LeadIncident, user, incident.Facts);

            var candidates = await TeamAccountManagers(db, incident.Facts.TeamId!.Value)
                .Where(u => u.Id != incident.Facts.OwnerId)
                .OrderBy(u => u.DisplayName).ThenBy(u => u.Id)
                .Select(u => new Candidate(u.Id, u.DisplayName))
                .ToListAsync(cancellationToken);
            return new ReassignView(incident.Header, incident.OwnerName, candidates);
        }
    }

    /// <summary>Who an incident of <paramref name="teamId"/> may be handed to: the team's active account managers.</summary>
    internal static IQueryable<ApplicationUser> TeamAccountManagers(PromiseKeeperDbContext db, int teamId) =>
        from u in db.Users.AsNoTracking()
        where u.TeamId == teamId
              && u.IsActive
              && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.AccountManager))
        select u;
}
