using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Clocks;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Teams;

/// <summary>
/// A team's clock settings: its zone, working week, holidays, the response target of each stage and the share at which
/// a clock warns. Admins set them for any team, a team lead for their own; any other team answers 404.
/// </summary>
public sealed class ClocksModel(IMediator mediator, IStringLocalizer<ClocksModel> localizer) : PageModel, IReloadsFormOnError
{
    [BindProperty]
    public Command Data { get; set; } = new();

    public ClocksView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        Data = Command.From(View.Settings?.ToInput() ?? DefaultInput) with { Version = View.Settings?.Version ?? 0 };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var name = await mediator.Send(Data with { Id = id }, cancellationToken);
        TempData[StatusMessage.Key] = localizer["The clock settings of {0} are saved.", name].Value;
        return RedirectToPage(new { id });
    }

    public Task LoadFormLookupsAsync(CancellationToken cancellationToken) =>
        LoadAsync(int.Parse((string)RouteData.Values["id"]!, System.Globalization.CultureInfo.InvariantCulture), cancellationToken);

    private async Task LoadAsync(int id, CancellationToken cancellationToken) =>
        View = await mediator.Send(new Query(id), cancellationToken) ?? throw new NotFoundException();

    /// <summary>What a team without settings works to, as the form shows it.</summary>
    public static ClockSettingsInput DefaultInput { get; } = new(
        Domain.Incidents.TimeZoneIds.Utc,
        WorkingWeek.DefaultDays,
        WorkingWeek.DefaultStart,
        WorkingWeek.DefaultEnd,
        string.Empty,
        ClockTargets.Kinds.ToDictionary(k => k, k => (decimal?)ClockTargets.Default.DaysFor(k)),
        ClockTargets.DefaultWarnSharePercent);

    /// <summary>Admins may set any team's clocks, a team lead only their own team's: another team is not found for them.</summary>
    internal static bool MaySet(ICurrentUser user, int teamId) => user.IsInRole(Roles.Admin) || user.TeamId == teamId;

    [AuthorizeRequest(RequestAccess.TeamClocks)]
    public sealed record Query(int Id) : IQuery<ClocksView?>;

    /// <param name="Settings">Null while the team works to the defaults.</param>
    public sealed record ClocksView(int TeamId, string TeamName, TeamClockSettings? Settings);

    public sealed class QueryHandler(PromiseKeeperDbContext db, ICurrentUser user) : IQueryHandler<Query, ClocksView?>
    {
        public async ValueTask<ClocksView?> Handle(Query query, CancellationToken cancellationToken)
        {
            if (!MaySet(user, query.Id))
            {
                return null;
            }

            var found = await db.Teams.AsNoTracking()
                .Where(t => t.Id == query.Id)
                .Select(t => new { t.Name, Settings = db.TeamClockSettings.FirstOrDefault(s => s.TeamId == t.Id) })
                .SingleOrDefaultAsync(cancellationToken);
            return found is null ? null : new ClocksView(query.Id, found.Name, found.Settings);
        }
    }

    [AuthorizeRequest(RequestAccess.TeamClocks)]
    public sealed record Command : ICommand<string>, IDomainInput<TeamClockRules>
    {
        public int Id { get; init; }

        /// <summary>The settings' version when the form was rendered; 0 while the team had none.</summary>
        public uint Version { get; init; }

        public string? TimeZoneId { get; init; }

        public List<DayOfWeek>? WorkingDays { get; init; }

        public TimeOnly? WorkStarts { get; init; }

        public TimeOnly? WorkEnds { get; init; }

        public string? Holidays { get; init; }

        public decimal? TellClientDays { get; init; }

        public decimal? HoldCallDays { get; init; }

        public decimal? SendRecapDays { get; init; }

        public decimal? SubmitRetroDays { get; init; }

        public decimal? LegalReviewDays { get; init; }

        public decimal? WarnSharePercent { get; init; }

        public static Command From(ClockSettingsInput input) => new()
        {
            TimeZoneId = input.TimeZoneId,
            WorkingDays = [.. input.WorkingDays ?? []],
            WorkStarts = input.WorkStarts,
            WorkEnds = input.WorkEnds,
            Holidays = input.Holidays,
            TellClientDays = input.TargetDays[ClockKind.TellClient],
            HoldCallDays = input.TargetDays[ClockKind.HoldCall],
            SendRecapDays = input.TargetDays[ClockKind.SendRecap],
            SubmitRetroDays = input.TargetDays[ClockKind.SubmitRetro],
            LegalReviewDays = input.TargetDays[ClockKind.LegalReview],
            WarnSharePercent = input.WarnSharePercent,
        };

        public ClockSettingsInput ToInput() => new(
            TimeZoneId,
            WorkingDays ?? [],
            WorkStarts,
            WorkEnds,
            Holidays,
            new Dictionary<ClockKind, decimal?>
            {
                [ClockKind.TellClient] = TellClientDays,
                [ClockKind.HoldCall] = HoldCallDays,
                [ClockKind.SendRecap] = SendRecapDays,
                [ClockKind.SubmitRetro] = SubmitRetroDays,
                [ClockKind.LegalReview] = LegalReviewDays,
            },
            WarnSharePercent);

        public Checked<TeamClockRules> Parse(DateTimeOffset now) => TeamClockRules.Parse(ToInput());
    }

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, IAuditLog audit) : ICommandHandler<Command, string>
    {
        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            if (!MaySet(user, command.Id))
            {
                throw new NotFoundException();
            }

            var rules = command.Parse(DateTimeOffset.MinValue).OrThrow();
            // Tracked: an entity in a projection is tracked like one loaded on its own.
            var found = await db.Teams
                .Where(t => t.Id == command.Id)
                .Select(t => new { t.Name, Settings = db.TeamClockSettings.FirstOrDefault(s => s.TeamId == t.Id) })
                .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException();
            var settings = found.Settings;
            if (settings is null)
            {
                if (command.Version != 0)
                {
                    throw new DbUpdateConcurrencyException();
                }

                settings = new TeamClockSettings { TeamId = command.Id };
                db.TeamClockSettings.Add(settings);
            }
            else if (settings.Version != command.Version)
            {
                throw new DbUpdateConcurrencyException();
            }
            else
            {
                // Also refuses a save that raced this one since the load.
                db.Entry(settings).Property(s => s.Version).OriginalValue = command.Version;
            }

            Apply(settings, rules);
            audit.Add(AuditAction.TeamClocksChanged, AuditTexts.TeamClocksSaved(found.Name, rules), AuditSubject.Team(found.Name));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                // Another lead or admin saved the team's first settings at the same moment.
                throw new DbUpdateConcurrencyException(ex.Message, ex);
            }

            return found.Name;
        }

        private static void Apply(TeamClockSettings settings, TeamClockRules rules)
        {
            var calendar = rules.Calendar;
            settings.TimeZoneId = calendar.Zone.Id;
            settings.WorkingDays = TeamClockSettings.DaysMask(calendar.Week.Days);
            settings.WorkStarts = calendar.Week.Start;
            settings.WorkEnds = calendar.Week.End;
            settings.Holidays = [.. calendar.Holidays.Order()];
            settings.TellClientDays = rules.Targets.DaysFor(ClockKind.TellClient);
            settings.HoldCallDays = rules.Targets.DaysFor(ClockKind.HoldCall);
            settings.SendRecapDays = rules.Targets.DaysFor(ClockKind.SendRecap);
            settings.SubmitRetroDays = rules.Targets.DaysFor(ClockKind.SubmitRetro);
            settings.LegalReviewDays = rules.Targets.DaysFor(ClockKind.LegalReview);
            settings.WarnSharePercent = rules.Targets.WarnSharePercent;
        }
    }
}
