using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using NodaTime;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Infrastructure.Texts;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>
/// Stage 6, "Internal retro": what happened (starting from the timeline), the root cause, lessons learned,
/// prevention measures with owner and due date (<see cref="AddPreventionMeasure"/>, <see cref="SetMeasureStatus"/>),
/// and submitting it (<see cref="SubmitRetro"/>). Measures stay trackable after the incident is closed.
/// </summary>
public sealed class RetroModel(IMediator mediator, IStringLocalizer<RetroModel> localizer, OwnerChoices owners) : IncidentFormPage<RetroModel.RetroView, RetroModel.Command>(mediator)
{
    /// <summary>The prefix of the new-measure form's fields.</summary>
    public const string MeasurePrefix = nameof(Measure);

    private const string MeasuresHeading = "measures-heading";

    /// <summary>The new-measure form; the retro's own form is <c>Data</c>, and every form posts <c>Data.Version</c> but this one.</summary>
    [BindProperty]
    public AddPreventionMeasure.Command Measure { get; set; } = new();

    /// <summary>The measure whose status form was posted, so its errors and typed note show on that measure only.</summary>
    public Guid? PostedMeasureId { get; private set; }

    public MeasureStatus? PostedStatus { get; private set; }

    public string? PostedDoneNote { get; private set; }

    /// <summary>The measure whose owner form was posted, so its message and choice show on that measure only.</summary>
    public Guid? PostedOwnerMeasureId { get; private set; }

    public string? PostedOwnerId { get; private set; }

    /// <summary>The owner pickers' options.</summary>
    public IReadOnlyList<SelectListItem> OwnerItems => owners.Items(View.Owners);

    /// <summary>Saves the retro.</summary>
    public Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken) =>
        SendAndStayAsync(Data with { Id = id }, localizer["The retro is saved. Add the prevention measures, then submit it."], cancellationToken);

    public Task<IActionResult> OnPostAddMeasureAsync(long id, CancellationToken cancellationToken) =>
        SendFormAndStayAsync(MeasurePrefix, Measure with { Id = id }, _ => localizer["The prevention measure is added."], MeasuresHeading, cancellationToken);

    /// <remarks>The status form's fields are plain handler arguments, so the domain's messages go to the unprefixed keys "Status" and "DoneNote".</remarks>
    public Task<IActionResult> OnPostMeasureStatusAsync(long id, Guid measureId, MeasureStatus? status, string? doneNote, CancellationToken cancellationToken)
    {
        (PostedMeasureId, PostedStatus, PostedDoneNote) = (measureId, status, doneNote);
        return SendFormAndStayAsync(string.Empty, new SetMeasureStatus.Command(id, measureId, status, Data.Version, doneNote),
            now => localizer["The measure is now \"{0}\".", DisplayText.Of(now)], MeasuresHeading, cancellationToken);
    }

    /// <remarks>The owner form's field is a plain handler argument, so its message goes to the unprefixed key "OwnerId".</remarks>
    public Task<IActionResult> OnPostMeasureOwnerAsync(long id, Guid measureId, string? ownerId, CancellationToken cancellationToken)
    {
        (PostedOwnerMeasureId, PostedOwnerId) = (measureId, ownerId);
        return SendFormAndStayAsync(string.Empty, new GiveMeasure.Command(id, measureId, ownerId, Data.Version),
            name => localizer["{0} now owns the measure.", name].Value, MeasuresHeading, cancellationToken);
    }

    public Task<IActionResult> OnPostSubmitAsync(long id, CancellationToken cancellationToken) =>
        SendAsync(new SubmitRetro.Command(id, Data.Version),
            localizer["The retro is submitted and waits for a team lead's review. Once they approve it, the incident can be closed; keep moving the measures on to done."],
            cancellationToken);

    public override async Task LoadFormLookupsAsync(CancellationToken cancellationToken)
    {
        await base.LoadFormLookupsAsync(cancellationToken);

        // Another form than the retro's was posted: show the retro as it is on record, not empty boxes, and
        // without the retro's own rules (the error filter checks Data whichever form failed to bind).
        var handler = RouteData.Values["handler"] as string ?? Request.Query["handler"].ToString();
        if (!string.IsNullOrEmpty(handler))
        {
            foreach (var field in (string[])[nameof(Command.WhatHappened), nameof(Command.RootCauseCategory), nameof(Command.RootCause), nameof(Command.LessonsLearned)])
            {
                ModelState.Remove($"{FormErrorsPageFilter.FormPrefix}.{field}");
            }

            Data = WithRetroFields(Data, View);
        }

        // Only the posted form keeps its posted version (from ModelState); the new-measure form shows the current one.
        Measure = Measure with { Version = View.Header.Version };
    }

    protected override IQuery<RetroView> ViewQuery(long id) => new Query(id);

    protected override Command FormFrom(RetroView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        Measure = new() { Version = view.Header.Version };
        return WithRetroFields(new Command { Version = view.Header.Version }, view);
    }

    /// <summary>The retro as saved, or "what happened" started from the timeline.</summary>
    private static Command WithRetroFields(Command form, RetroView view) => view.Saved is { } saved
        ? form with
        {
            WhatHappened = saved.WhatHappened,
            RootCauseCategory = saved.RootCauseCategory,
            RootCause = saved.RootCause,
            LessonsLearned = saved.LessonsLearned,
        }
        : form with { WhatHappened = view.TimelineSummary };

    [AuthorizeRequest(RequestAccess.ReadIncident)]
    public sealed record Query(long Id) : IQuery<RetroView>;

    /// <param name="OwnerId">Null for an owner kept as free text from before owners were users.</param>
    public sealed record MeasureLine(
        Guid Id, string Description, string Owner, DateOnly DueOn, MeasureStatus Status, bool IsOverdue, string? DoneNote, DateTimeOffset? DoneAt, string? DoneByName,
        string? OwnerId = null);

    public sealed record RetroView : IIncidentView
    {
        public required IncidentHeader Header { get; init; }

        public required Guidance Guidance { get; init; }

        public required Retro? Saved { get; init; }

        /// <summary>The timeline as plain lines: where "what happened" starts.</summary>
        public required string TimelineSummary { get; init; }

        public required IReadOnlyList<MeasureLine> Measures { get; init; }

        public required bool MayChange { get; init; }

        /// <summary>Who measures can be given to; empty when the reader may not change the measures.</summary>
        public IReadOnlyList<OwnerChoice> Owners { get; init; } = [];

        public bool IsAtStage => Header.Stage == PlaybookStage.InternalRetro;

        public bool IsSubmitted => Saved is { IsSubmitted: true };

        /// <summary>A team lead sent the retro back: it is editable again and is submitted again.</summary>
        public bool IsSentBack => Saved is { Status: RetroReviewStatus.SentBack };

        public bool CanEdit => IsAtStage && MayChange && !IsSubmitted;

        /// <summary>Measures are tracked to done, also after closing; not on an incident marked not applicable.</summary>
        public bool CanUpdateMeasures => MayChange && Header.Stage != PlaybookStage.NotApplicable;
    }

    /// <summary>Saves the retro's text (not the measures).</summary>
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command : ICommand, IIncidentChange, IDomainInput<RetroWriteUp>
    {
        public long Id { get; init; }

        public uint Version { get; init; }

        public string? WhatHappened { get; init; }

        public RootCauseCategory? RootCauseCategory { get; init; }

        public string? RootCause { get; init; }

        public string? LessonsLearned { get; init; }

        public Checked<RetroWriteUp> Parse(DateTimeOffset now) => new RetroDetails
        {
            WhatHappened = WhatHappened,
            RootCauseCategory = RootCauseCategory,
            RootCause = RootCause,
            LessonsLearned = LessonsLearned,
        }.Parse();
    }

    public sealed class QueryHandler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock, StageGuidanceTexts guidance) : IQueryHandler<Query, RetroView>
    {
        public async ValueTask<RetroView> Handle(Query query, CancellationToken cancellationToken)
        {
            var (header, incident, _, _, _) = await db.ReadAsync(query.Id, user, [nameof(Incident.Timeline), nameof(Incident.PreventionMeasures)], cancellationToken);
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var mayChange = user.MayChange(incident);
            return new RetroView
            {
                Header = header,
                Guidance = guidance.For(PlaybookStage.InternalRetro),
                Saved = incident.Retro,
                TimelineSummary = incident.SummariseTimeline(Languages.OfCurrentUi(), TimeZones.Find(user.TimeZoneId) ?? DateTimeZone.Utc),
                Measures = [.. incident.PreventionMeasures
                    .OrderBy(m => m.DueOn).ThenBy(m => m.Id)
                    .Select(m => new MeasureLine(m.Id, m.Description, m.Owner, m.DueOn, m.Status, m.IsOverdue(today), m.DoneNote, m.DoneAt, m.DoneByName, m.OwnerId))],
                MayChange = mayChange,
                // Only who may give measures to someone needs the people to choose from.
                Owners = mayChange && incident.Stage != PlaybookStage.NotApplicable ? await OwnerChoices.ReadAsync(db, query.Id, cancellationToken) : [],
            };
        }
    }

    public sealed class Handler(IncidentChanges changes) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            await changes.ApplyAsync(command, command.Parse, IncidentParts.None,
                (incident, writeUp, by) => incident.SaveRetro(writeUp, by.Actor, by.Now), cancellationToken);
            return Unit.Value;
        }
    }
}
