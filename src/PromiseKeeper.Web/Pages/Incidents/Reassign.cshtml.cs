using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents;

/// <summary>
/// A team lead hands one of the team's incidents to another active account manager of the same team,
/// with an optional reason; the handover is on the incident's timeline and in the audit log.
/// </summary>
public sealed partial class ReassignModel(IMediator mediator) : IncidentFormPage<ReassignModel.ReassignView, ReassignModel.Command>(mediator)
{
    public const int ReasonMaxLength = 500;

    public const string NotATeamMemberMessage = "Choose an account manager of the incident's team.";

    public Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken) =>
        SendAsync(Data with { Id = id }, newOwnerName => $"{newOwnerName} now owns this incident and will find it in their list.", cancellationToken);

    protected override IQuery<ReassignView> ViewQuery(long id) => new Query(id);

    protected override Command FormFrom(ReassignView view) => new() { Version = view.Header.Version };

    [AuthorizeRequest(RequestAccess.LeadIncident)]
    public sealed record Query(long Id) : IQuery<ReassignView>, IIncidentRequest;

    /// <summary>An account manager the incident can be handed to.</summary>
    public sealed record Candidate(string Id, string DisplayName);

    public sealed record ReassignView(IncidentHeader Header, string OwnerName, IReadOnlyList<Candidate> Candidates) : IIncidentView;

    /// <summary>The form: who takes over, and why (optional).</summary>
    [AuthorizeRequest(RequestAccess.LeadIncident)]
    public sealed record Command : ICommand<string>, IIncidentChange, IDomainInput<Handover>
    {
        public long Id { get; init; }

        public uint Version { get; init; }

        public string? NewOwnerId { get; init; }

        public string? Reason { get; init; }

        /// <summary>Whether the chosen person may take the incident needs the database: the handler checks it.</summary>
        public Checked<Handover> Parse()
        {
            var check = new RuleCheck();
            if (string.IsNullOrWhiteSpace(NewOwnerId))
            {
                check.Add(nameof(NewOwnerId), "Choose the account manager who takes the incident over.");
            }

            var reason = RuleCheck.Clean(Reason);
            if (reason?.Length > ReasonMaxLength)
            {
                check.Add(nameof(Reason), $"Keep the reason to {ReasonMaxLength} characters.");
            }

            return Checked<Handover>.From(check, () => new Handover(NewOwnerId ?? string.Empty, reason));
        }

        // The handover rules do not depend on the time.
        Checked<Handover> IDomainInput<Handover>.Parse(DateTimeOffset now) => Parse();
    }

    /// <summary>The form as checked by <see cref="Command.Parse"/>: someone chosen, and the reason trimmed (null when blank).</summary>
    public sealed record Handover(string NewOwnerId, string? Reason);

    public sealed class QueryHandler(PromiseKeeperDbContext db, ICurrentUser user) : IQueryHandler<Query, ReassignView>
    {
        public async ValueTask<ReassignView> Handle(Query query, CancellationToken cancellationToken)
        {
            user.RequireAnyRole(Roles.TeamLead);
            var header = await db.HeaderAsync(query.Id, user, cancellationToken);
            var incident = await db.Incidents.AsNoTracking().VisibleTo(user)
                .Where(i => i.Id == query.Id)
                .Select(i => new
                {
                    Facts = new IncidentAccessFacts(i.OwnerId, i.TeamId, i.ContractReference != null),
                    OwnerName = db.Users.Where(u => u.Id == i.OwnerId).Select(u => u.DisplayName).Single(),
                })
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException();
            if (!user.MayLead(incident.Facts))
            {
                throw new ForbiddenException(RequestAccessRules.Refusal(RequestAccess.LeadIncident));
            }

            var candidates = await TeamAccountManagers(db, incident.Facts.TeamId!.Value)
                .Where(u => u.Id != incident.Facts.OwnerId)
                .OrderBy(u => u.DisplayName).ThenBy(u => u.Id)
                .Select(u => new Candidate(u.Id, u.DisplayName))
                .ToListAsync(cancellationToken);
            return new ReassignView(header, incident.OwnerName, candidates);
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
