using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents;

/// <summary>
/// A team lead hands one of the team's incidents to another active account manager of the same team,
/// with an optional reason; the handover is on the incident's timeline and in the audit log.
/// </summary>
public sealed partial class ReassignModel(IMediator mediator, IStringLocalizer<ReassignModel> localizer) : IncidentFormPage<ReassignModel.ReassignView, ReassignModel.Command>(mediator)
{
    public const int ReasonMaxLength = 500;

    public const string NotATeamMemberMessage = "Choose an account manager of the incident's team.";

    public Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken) =>
        SendAsync(Data with { Id = id }, newOwnerName => localizer["{0} now owns this incident and will find it in their list.", newOwnerName].Value, cancellationToken);

    protected override IQuery<ReassignView> ViewQuery(long id) => new Query(id);

    protected override Command FormFrom(ReassignView view) => new() { Version = view.Header.Version };

    [AuthorizeRequest(RequestAccess.LeadIncident)]
    public sealed record Query(long Id) : IQuery<ReassignView>, IChecksIncidentAccessOnLoad;

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

        /// <summary>
        /// The form's rules are in <see cref="Validator"/> (its messages in the reader's language), which runs before the
        /// handler; whether the chosen person may take the incident needs the database: the handler checks it.
        /// </summary>
        public Checked<Handover> Parse() =>
            Checked<Handover>.From(new RuleCheck(), () => new Handover(NewOwnerId ?? string.Empty, RuleCheck.Clean(Reason)));

        // The handover rules do not depend on the time.
        Checked<Handover> IDomainInput<Handover>.Parse(DateTimeOffset now) => Parse();
    }

    /// <summary>Someone chosen, and a reason (when given) short enough.</summary>
    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<ReassignModel> localizer)
        {
            RuleFor(c => c.NewOwnerId).Must(id => !string.IsNullOrWhiteSpace(id))
                .WithMessage(_ => localizer["Choose the account manager who takes the incident over."]);
            RuleFor(c => c.Reason).Must(reason => RuleCheck.Clean(reason) is not { Length: > ReasonMaxLength })
                .WithMessage(_ => localizer["Keep the reason to {0} characters.", ReasonMaxLength]);
        }
    }

    /// <summary>The form as checked by <see cref="Validator"/>: someone chosen, and the reason trimmed (null when blank).</summary>
    public sealed record Handover(string NewOwnerId, string? Reason);

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
