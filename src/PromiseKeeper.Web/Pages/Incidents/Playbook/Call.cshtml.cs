using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Infrastructure.Texts;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>
/// Stage 3, "Schedule the call": when, how and with whom, and the three texts that prepare it (the email asking for
/// the call, the voicemail script, the call plan), drafted from the incident and checked for blame language once saved.
/// </summary>
public sealed class CallModel(IMediator mediator, DraftTexts drafts) : PageModel, IReloadsFormOnError, IShowsIncident
{
    public IncidentHeader? ShownIncident => View?.Header;

    /// <summary>The IANA time zones the server knows, offered as suggestions for the call's zone.</summary>
    public static IReadOnlyList<string> KnownTimeZones { get; } =
        [.. TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId).Select(z => z.Id).Order(StringComparer.Ordinal)];

    [BindProperty]
    public Command Data { get; set; } = new();

    public CallContext View { get; private set; } = null!;

    /// <param name="regenerate">True to fill the three texts from fresh drafts instead of the saved texts.</param>
    public async Task OnGetAsync(long id, bool regenerate, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        var facts = View.DraftFacts;
        var texts = View.PlannedCall is { } saved && !regenerate
            ? (saved.RequestEmail, saved.VoicemailScript, saved.CallPlan)
            : (drafts.CallRequestEmail(facts), drafts.VoicemailScript(facts), drafts.CallPlan(facts));

        Data = View.PlannedCall is { } call
            ? new Command
            {
                StartsAt = call.StartsAt is { } startsAt && TimeZones.Find(call.TimeZoneId) is { } zone
                    ? TimeZoneInfo.ConvertTime(startsAt, zone).DateTime
                    : null,
                TimeZoneId = call.TimeZoneId,
                Channel = call.Channel,
                Attendees = call.Attendees,
            }
            : new Command { Attendees = View.SuggestedAttendees };
        Data = Data with
        {
            Version = View.Header.Version,
            RequestEmail = texts.Item1,
            VoicemailScript = texts.Item2,
            CallPlan = texts.Item3,
        };
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        await mediator.Send(Data with { Id = id }, cancellationToken);
        if (Data.RequestSent)
        {
            TempData[StatusMessage.Key] = "The call is planned and the request email is marked as sent. Next: hold the conversation and record it.";
            return RedirectToPage("/Incidents/Details", new { id });
        }

        TempData[StatusMessage.Key] = "The call plan is saved. Send the request email, then mark it as sent here.";
        return RedirectToPage(new { id });
    }

    public Task LoadFormLookupsAsync(CancellationToken cancellationToken) =>
        LoadAsync(this.IncidentId(), cancellationToken);

    private async Task LoadAsync(long id, CancellationToken cancellationToken) =>
        View = await mediator.Send(new Query(id), cancellationToken);

    [AuthorizeRequest(RequestAccess.ReadIncident)]
    public sealed record Query(long Id) : IQuery<CallContext>;

    /// <summary>The call as typed. Property names match <see cref="CallDetails"/>, so the domain's messages land on the right fields.</summary>
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command : ICommand, IIncidentRequest
    {
        public long Id { get; init; }

        /// <summary>The incident's version when the page was shown, to catch a concurrent change.</summary>
        public uint Version { get; init; }

        /// <summary>The browser's IANA time zone (filled in by site.js): the call's zone when none is chosen.</summary>
        public string? TimeZone { get; init; } = TimeZones.Default;

        /// <summary>The call's start as a wall-clock time in <see cref="EffectiveTimeZoneId"/>.</summary>
        public DateTime? StartsAt { get; init; }

        /// <summary>The IANA time zone of the call, e.g. Europe/Ljubljana; empty means the browser's.</summary>
        public string? TimeZoneId { get; init; }

        public CallChannel? Channel { get; init; }

        public string? Attendees { get; init; }

        public string? RequestEmail { get; init; }

        public string? VoicemailScript { get; init; }

        public string? CallPlan { get; init; }

        /// <summary>Set by the "Save and mark the request email as sent" button.</summary>
        public bool RequestSent { get; init; }

        public string EffectiveTimeZoneId =>
            !string.IsNullOrWhiteSpace(TimeZoneId) ? TimeZoneId.Trim()
            : !string.IsNullOrWhiteSpace(TimeZone) ? TimeZone.Trim()
            : TimeZones.Default;

        public CallDetails ToDetails() => new()
        {
            StartsAt = StartsAt is { } local && TimeZones.Find(EffectiveTimeZoneId) is { } zone ? TimeZones.ToInstant(local, zone) : null,
            TimeZoneId = EffectiveTimeZoneId,
            Channel = Channel,
            Attendees = Attendees,
            RequestEmail = RequestEmail,
            VoicemailScript = VoicemailScript,
            CallPlan = CallPlan,
        };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.TimeZoneId).Must((c, _) => TimeZones.Find(c.EffectiveTimeZoneId) is not null)
                .WithMessage(c => $"The time zone \"{c.EffectiveTimeZoneId}\" is not known. Use a name such as Europe/Ljubljana.");
            RuleFor(c => c.StartsAt).Must((c, at) => at is null || TimeZones.Find(c.EffectiveTimeZoneId) is not { } zone || TimeZones.ToInstant(at.Value, zone) is not null)
                .WithMessage("That time does not exist in the call's time zone (the clocks move forward then); pick another.");

            RuleFor(c => c).Custom((command, context) =>
            {
                var zoneKnown = TimeZones.Find(command.EffectiveTimeZoneId) is not null;
                var details = command.ToDetails();
                foreach (var violation in details.Check(clock.GetUtcNow()))
                {
                    // Without a known zone (or for a skipped time) the time cannot be read; the rules above already say why.
                    var alreadyExplained = violation.Field == nameof(CallDetails.TimeZoneId) && !zoneKnown
                        || violation.Field == nameof(CallDetails.StartsAt) && command.StartsAt is not null && details.StartsAt is null;
                    if (!alreadyExplained)
                    {
                        context.AddFailure(violation.Field, violation.Message);
                    }
                }
            });
        }
    }

    public sealed class QueryHandler(PromiseKeeperDbContext db, ICurrentUser user) : IQueryHandler<Query, CallContext>
    {
        public async ValueTask<CallContext> Handle(Query query, CancellationToken cancellationToken) =>
            await CallContext.LoadAsync(db, query.Id, user, cancellationToken);
    }

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var incident = await db.LoadForChangeAsync(command.Id, command.Version, user, cancellationToken);
            incident.ScheduleCall(command.ToDetails(), command.RequestSent, user.AsActor(), clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
