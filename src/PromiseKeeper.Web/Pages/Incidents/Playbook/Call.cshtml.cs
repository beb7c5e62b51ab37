using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;
using PromiseKeeper.Web.Infrastructure.Localization;
using PromiseKeeper.Web.Infrastructure.Texts;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>
/// Stage 3, "Schedule the call": when, how and with whom, and the three texts that prepare it (the email asking for
/// the call, the voicemail script, the call plan), drafted from the incident and checked for blame language once saved.
/// </summary>
public sealed class CallModel(IMediator mediator, DraftTexts drafts, IStringLocalizer<CallModel> localizer) : IncidentFormPage<CallContext, CallModel.Command>(mediator)
{
    /// <summary>True (from the query string) to fill the three texts from fresh drafts instead of the saved texts.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Regenerate { get; set; }

    /// <summary>"Redraft the texts": fills the three texts afresh from the details as typed (words for the client, greeting, time, length, link), saving nothing.</summary>
    public async Task<IActionResult> OnPostRedraftAsync(long id, CancellationToken cancellationToken)
    {
        await LoadViewAsync(id, cancellationToken);
        if (Data.Version != View.Header.Version)
        {
            // Drafts from a record that changed since the form was shown would mix the two: say so, as a save would.
            throw new DbUpdateConcurrencyException("The incident changed since the form was shown.");
        }

        var (facts, planFacts) = FactsAsTyped(View, Data);
        Data = CallDraftStamp.Stamp(Data with
        {
            RequestEmail = drafts.CallRequestEmail(facts),
            VoicemailScript = drafts.VoicemailScript(facts),
            CallPlan = drafts.CallPlan(planFacts),
        });

        // The fields show the new drafts, not the posted texts; nothing was saved, so there is nothing to report.
        ModelState.Clear();
        return Page();
    }

    /// <summary>"Save and email the invitation" (or its update): saves as the other buttons do, then emails the invitation to the attendees.</summary>
    public Task<IActionResult> OnPostEmailInvitationAsync(long id, CancellationToken cancellationToken)
    {
        Data = Data with { EmailInvitation = true };
        return OnPostAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (CallDraftStamp.CallChangedUnderUntouchedEmail(Data))
        {
            return await RedraftedForChangedCallAsync(id, cancellationToken);
        }

        return await SaveAsync(id, cancellationToken);
    }

    /// <summary>
    /// The call was changed under a request email nobody touched: the email is drafted again for the call as typed and shown
    /// with a note, unsaved, so what goes to the client always describes the call the invitation does.
    /// </summary>
    private async Task<IActionResult> RedraftedForChangedCallAsync(long id, CancellationToken cancellationToken)
    {
        await LoadViewAsync(id, cancellationToken);
        if (Data.Version != View.Header.Version)
        {
            // Changed by someone else meanwhile: the save reports the conflict, keeping what was typed.
            return await SaveAsync(id, cancellationToken);
        }

        var (facts, _) = FactsAsTyped(View, Data);
        Data = CallDraftStamp.Stamp(Data with { RequestEmail = drafts.CallRequestEmail(facts) });
        ModelState.Clear();
        ModelState.AddModelError($"{nameof(Data)}.{nameof(Command.RequestEmail)}",
            localizer["The call changed, so the request email was drafted again to match it. Check it, then save again."]);
        return Page();
    }

    private Task<IActionResult> SaveAsync(long id, CancellationToken cancellationToken) =>
        Data.EmailInvitation
            ? SendAsync(Data with { Id = id }, emailed => emailed is { Count: > 0 }
                ? localizer["The call is saved and its calendar invitation is on its way to {0}.", string.Join(", ", emailed)]
                : localizer["The call is saved. The attendees already have this invitation, so it was not sent again."], cancellationToken)
        : Data.RequestSent
            ? SendAsync(Data with { Id = id }, localizer["The call is planned and the request email is marked as sent. Next: hold the conversation and record it."], cancellationToken)
            : SendAndStayAsync(Data with { Id = id }, localizer["The call plan is saved. Send the request email, then mark it as sent here."], cancellationToken);

    /// <summary>"30 minutes" in the reader's language: the length options and the planned call's length.</summary>
    public string MinutesText(long minutes) => localizer.Plural(minutes, "{0} minute", "{0} minutes");

    protected override IQuery<CallContext> ViewQuery(long id) => new Query(id);

    protected override Command FormFrom(CallContext view)
    {
        var facts = view.DraftFacts;
        var texts = view.PlannedCall is { } saved && !Regenerate
            ? (saved.RequestEmail, saved.VoicemailScript, saved.CallPlan)
            : (drafts.CallRequestEmail(facts), drafts.VoicemailScript(facts), drafts.CallPlan(view.CallPlanFacts));

        var form = view.PlannedCall is { } call
            ? new Command
            {
                // A saved zone that is not an IANA id is shown as it is and must be picked again, with the time.
                StartsAt = call.StartsAt is { } startsAt && TimeZones.Find(call.TimeZoneId) is { } zone
                    ? TimeZones.ToLocal(startsAt, zone)
                    : null,
                TimeZoneId = call.TimeZoneId,
                Channel = call.Channel,
                Attendees = call.Attendees,
                LengthMinutes = (int)call.Length.TotalMinutes,
                MeetingLink = call.MeetingLink,
            }
            : new Command { Attendees = view.SuggestedAttendees };
        form = form with
        {
            Version = view.Header.Version,
            ClientSentence = view.Incident.ClientSentence,
            Greeting = view.Incident.Greeting ?? GreetingForm.FullName,
            ContactTitle = view.Incident.ContactTitle,
            RequestEmail = texts.Item1,
            VoicemailScript = texts.Item2,
            CallPlan = texts.Item3,
        };

        // An email already sent cannot change: a changed call goes out as an updated invitation instead.
        return view.PlannedCall is { IsSent: true } ? form : CallDraftStamp.Stamp(form);
    }

    /// <summary>The draft facts with the details as typed in place of those on record.</summary>
    private static (DraftFacts Client, CallPlanFacts Plan) FactsAsTyped(CallContext view, Command typed)
    {
        var zone = TimeZones.Find(typed.EffectiveTimeZoneId);
        var client = view.DraftFacts with
        {
            ClientSentence = typed.ClientSentence,
            Greeting = typed.Greeting is { } greeting && Enum.IsDefined(greeting) ? greeting : GreetingForm.FullName,
            ContactTitle = typed.ContactTitle,
            CallStartsAt = typed.StartsAt is { } local && zone is not null ? TimeZones.ToInstant(local, zone) : null,
            CallTimeZoneId = zone is null ? null : typed.EffectiveTimeZoneId,
            CallChannel = typed.Channel is { } channel && Enum.IsDefined(channel) ? channel : null,
            CallLength = typed.LengthMinutes is { } minutes && CallDetails.Lengths.Contains(minutes) ? TimeSpan.FromMinutes(minutes) : null,
            MeetingLink = typed.MeetingLink,
        };
        return (client, view.CallPlanFacts with { Client = client, CallAttendees = typed.Attendees });
    }

    [AuthorizeRequest(RequestAccess.ReadIncident)]
    public sealed record Query(long Id) : IQuery<CallContext>;

    /// <summary>
    /// The call as typed. Property names match <see cref="CallDetails"/>, so the domain's messages land on the right fields.
    /// Its result: the addresses the invitation was emailed to (none when they already held it); null when it was not to be emailed.
    /// </summary>
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command : ICommand<IReadOnlyList<string>?>, IIncidentChange, IDomainInput<CallArrangement>
    {
        public long Id { get; init; }

        /// <summary>The incident's version when the page was shown, to catch a concurrent change.</summary>
        public uint Version { get; init; }

        /// <summary>The user's own IANA time zone: the call's zone when none is chosen.</summary>
        [ReaderTimeZone]
        public string? TimeZone { get; init; } = TimeZones.Default;

        /// <summary>The call's start as a wall-clock time in <see cref="EffectiveTimeZoneId"/>.</summary>
        public DateTime? StartsAt { get; init; }

        /// <summary>The IANA time zone of the call, e.g. Europe/Ljubljana; empty means the user's own.</summary>
        public string? TimeZoneId { get; init; }

        public CallChannel? Channel { get; init; }

        public string? Attendees { get; init; }

        public int? LengthMinutes { get; init; } = CallDetails.DefaultLengthMinutes;

        public string? MeetingLink { get; init; }

        public string? ClientSentence { get; init; }

        public GreetingForm? Greeting { get; init; } = GreetingForm.FullName;

        public string? ContactTitle { get; init; }

        public string? RequestEmail { get; init; }

        public string? VoicemailScript { get; init; }

        public string? CallPlan { get; init; }

        /// <summary>Set by the "Save and mark the request email as sent" button.</summary>
        public bool RequestSent { get; init; }

        /// <summary>Ticked to mark the request email as sent although it has blame findings (they stay on the record).</summary>
        public bool SendAnyway { get; init; }

        /// <summary>Set by the "Save and email the invitation" button (its own handler), never bound from the form.</summary>
        [BindNever]
        public bool EmailInvitation { get; init; }

        /// <summary>The call the shown request email describes (<see cref="CallDraftStamp"/>); null when it is not checked.</summary>
        public string? DraftedForCall { get; init; }

        /// <summary>The digest of the request email as shown (<see cref="CallDraftStamp"/>).</summary>
        public string? DraftedEmailDigest { get; init; }

        public string EffectiveTimeZoneId =>
            !string.IsNullOrWhiteSpace(TimeZoneId) ? TimeZoneId.Trim()
            : !string.IsNullOrWhiteSpace(TimeZone) ? TimeZone.Trim()
            : TimeZones.Default;

        public Checked<CallArrangement> Parse(DateTimeOffset now) => ToDetails().Parse(now);

        /// <summary>The domain's rules, less what the validator already explains: without a known zone (or for a skipped time) the time cannot be read.</summary>
        IReadOnlyList<RuleViolation> IDomainInput.InputViolations(DateTimeOffset now)
        {
            var zoneKnown = TimeZones.Find(EffectiveTimeZoneId) is not null;
            var details = ToDetails();
            return [.. details.Parse(now).Violations.Where(v => !(v.Field == nameof(CallDetails.TimeZoneId) && !zoneKnown
                || v.Field == nameof(CallDetails.StartsAt) && StartsAt is not null && details.StartsAt is null))];
        }

        private CallDetails ToDetails() => new()
        {
            StartsAt = StartsAt is { } local && TimeZones.Find(EffectiveTimeZoneId) is { } zone ? TimeZones.ToInstant(local, zone) : null,
            TimeZoneId = EffectiveTimeZoneId,
            Channel = Channel,
            Attendees = Attendees,
            LengthMinutes = LengthMinutes,
            MeetingLink = MeetingLink,
            ClientSentence = ClientSentence,
            Greeting = Greeting,
            ContactTitle = ContactTitle,
            RequestEmail = RequestEmail,
            VoicemailScript = VoicemailScript,
            CallPlan = CallPlan,
        };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<CallModel> localizer)
        {
            RuleFor(c => c.TimeZoneId).Must((c, _) => TimeZones.Find(c.EffectiveTimeZoneId) is not null)
                .WithMessage(c => localizer["\"{0}\" is not a time zone from the IANA list. Pick one from the list, such as Europe/Ljubljana.", c.EffectiveTimeZoneId]);
            RuleFor(c => c.StartsAt).Must((c, at) => at is null || TimeZones.Find(c.EffectiveTimeZoneId) is not { } zone || TimeZones.ToInstant(at.Value, zone) is not null)
                .WithMessage(c => TimeZones.SkippedMessage(c.StartsAt, c.EffectiveTimeZoneId));
            RuleFor(c => c.RequestEmail).Must((c, _) => !CallDraftStamp.CallChangedUnderUntouchedEmail(c))
                .WithMessage(_ => localizer["You changed the call's time, length, link or channel, but the email still describes the call as it was. Redraft the texts, or edit the email, then save."]);
            RuleFor(c => c.Attendees).Must(a => InvitationRecipients.Of(a).Problem(localizer) is null).When(c => c.EmailInvitation)
                .WithMessage(c => InvitationRecipients.Of(c.Attendees).Problem(localizer)!);
        }
    }

    public sealed class QueryHandler(PromiseKeeperDbContext db, ICurrentUser user) : IQueryHandler<Query, CallContext>
    {
        public async ValueTask<CallContext> Handle(Query query, CancellationToken cancellationToken) =>
            await CallContext.LoadAsync(db, query.Id, user, cancellationToken);
    }

    /// <remarks>Loads the blame findings: a text checked again records only findings not recorded before.</remarks>
    /// <remarks>Emailing the invitation sends the request email with it when it has not gone yet, so it counts as sending that.</remarks>
    public sealed class Handler(IncidentChanges changes, CallInvitationEmails invitations) : ICommandHandler<Command, IReadOnlyList<string>?>
    {
        public async ValueTask<IReadOnlyList<string>?> Handle(Command command, CancellationToken cancellationToken) =>
            await changes.ApplyAsync(command, command.Parse, IncidentParts.BlameFindings, invitations.Organizer,
                (incident, call, organizer, by) =>
                {
                    var requestGoesNow = command.EmailInvitation && incident.Call is not { Mode: ContactMode.Call, IsSent: true };
                    var requestSent = command.RequestSent || requestGoesNow;
                    if (requestSent)
                    {
                        incident.RequireConfirmationToSend(nameof(Command.RequestEmail), call.RequestEmail, command.SendAnyway);
                    }

                    incident.ScheduleCall(call, requestSent, by.Actor, by.Now);
                    return command.EmailInvitation
                        ? invitations.SendInvitation(incident, organizer, by, requestGoesNow ? call.RequestEmail : null)
                        : null;
                }, cancellationToken);
    }
}
