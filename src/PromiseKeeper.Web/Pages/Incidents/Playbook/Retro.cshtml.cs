using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Infrastructure.Texts;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>
/// Stage 6, "Internal retro": what happened (starting from the timeline), the root cause, lessons learned,
/// prevention measures with owner and due date (<see cref="AddPreventionMeasure"/>, <see cref="SetMeasureStatus"/>),
/// and submitting it (<see cref="SubmitRetro"/>). Measures stay trackable after the incident is closed.
/// </summary>
public sealed class RetroModel(IMediator mediator) : PageModel, IReloadsFormOnError, IShowsIncident
{
    public IncidentHeader? ShownIncident => View?.Header;

    public RetroView View { get; private set; } = null!;

    /// <summary>The page's two forms (the retro, a new measure) in one model, so every field keeps its "Data." key.</summary>
    [BindProperty]
    public Form Data { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        Data = new Form { Version = View.Header.Version };
        FillRetroFields();
        return Page();
    }

    /// <summary>Saves the retro.</summary>
    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        await mediator.Send(Data.ToCommand(id), cancellationToken);
        TempData[StatusMessage.Key] = "The retro is saved. Add the prevention measures, then submit it.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostAddMeasureAsync(long id, CancellationToken cancellationToken)
    {
        await mediator.Send(new AddPreventionMeasure.Command(id, Data.Version, Data.Description, Data.Owner, Data.DueOn), cancellationToken);
        TempData[StatusMessage.Key] = "The prevention measure is added.";
        return RedirectToPage(null, null, new { id }, "measures-heading");
    }

    /// <summary>The measure whose status form was posted, so its errors and typed note show on that measure only.</summary>
    public Guid? PostedMeasureId { get; private set; }

    public MeasureStatus? PostedStatus { get; private set; }

    public async Task<IActionResult> OnPostMeasureStatusAsync(long id, Guid measureId, MeasureStatus? status, CancellationToken cancellationToken)
    {
        PostedMeasureId = measureId;
        PostedStatus = status;
        await mediator.Send(new SetMeasureStatus.Command(id, measureId, status, Data.Version, Data.DoneNote), cancellationToken);
        TempData[StatusMessage.Key] = $"The measure is now \"{DisplayText.Of(status!.Value)}\".";
        return RedirectToPage(null, null, new { id }, "measures-heading");
    }

    public async Task<IActionResult> OnPostSubmitAsync(long id, CancellationToken cancellationToken)
    {
        await mediator.Send(new SubmitRetro.Command(id, Data.Version), cancellationToken);
        TempData[StatusMessage.Key] = "The retro is submitted and waits for a team lead's review. Once they approve it, the incident can be closed; keep moving the measures on to done.";
        return RedirectToPage("/Incidents/Details", new { id });
    }

    public async Task LoadFormLookupsAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(this.IncidentId(), cancellationToken);

        // Another form than the retro's was posted: show the retro as it is on record, not empty boxes.
        var handler = RouteData.Values["handler"] as string ?? Request.Query["handler"].ToString();
        if (!string.IsNullOrEmpty(handler))
        {
            FillRetroFields();
        }
    }

    private void FillRetroFields()
    {
        if (View.Saved is { } saved)
        {
            Data.WhatHappened = saved.WhatHappened;
            Data.RootCauseCategory = saved.RootCauseCategory;
            Data.RootCause = saved.RootCause;
            Data.LessonsLearned = saved.LessonsLearned;
        }
        else
        {
            Data.WhatHappened = View.TimelineSummary;
        }
    }

    private async Task LoadAsync(long id, CancellationToken cancellationToken) =>
        View = await mediator.Send(new Query(id), cancellationToken);

    [AuthorizeRequest(RequestAccess.ReadIncident)]
    public sealed record Query(long Id) : IQuery<RetroView>;

    public sealed record MeasureLine(
        Guid Id, string Description, string Owner, DateOnly DueOn, MeasureStatus Status, bool IsOverdue, string? DoneNote, DateTimeOffset? DoneAt, string? DoneByName);

    public sealed record RetroView
    {
        public required IncidentHeader Header { get; init; }

        public required Guidance Guidance { get; init; }

        public required Retro? Saved { get; init; }

        /// <summary>The timeline as plain lines: where "what happened" starts.</summary>
        public required string TimelineSummary { get; init; }

        public required IReadOnlyList<MeasureLine> Measures { get; init; }

        public required bool MayChange { get; init; }

        public bool IsAtStage => Header.Stage == PlaybookStage.InternalRetro;

        public bool IsSubmitted => Saved is { IsSubmitted: true };

        /// <summary>A team lead sent the retro back: it is editable again and is submitted again.</summary>
        public bool IsSentBack => Saved is { Status: RetroReviewStatus.SentBack };

        public bool CanEdit => IsAtStage && MayChange && !IsSubmitted;

        /// <summary>Measures are tracked to done, also after closing; not on an incident marked not applicable.</summary>
        public bool CanUpdateMeasures => MayChange && Header.Stage != PlaybookStage.NotApplicable;
    }

    /// <summary>What the page's forms post. Field names match the domain's messages (RetroDetails; Description, Owner, DueOn).</summary>
    public sealed class Form
    {
        public uint Version { get; set; }

        public string? WhatHappened { get; set; }

        public RootCauseCategory? RootCauseCategory { get; set; }

        public string? RootCause { get; set; }

        public string? LessonsLearned { get; set; }

        public string? Description { get; set; }

        public string? Owner { get; set; }

        public DateOnly? DueOn { get; set; }

        /// <summary>What was done, needed when a measure is marked done (posted with the measure's status).</summary>
        public string? DoneNote { get; set; }

        public Command ToCommand(long id) => new()
        {
            Id = id,
            Version = Version,
            WhatHappened = WhatHappened,
            RootCauseCategory = RootCauseCategory,
            RootCause = RootCause,
            LessonsLearned = LessonsLearned,
        };
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
            var header = await db.HeaderAsync(query.Id, user, cancellationToken);
            var incident = await db.Incidents.AsNoTracking().VisibleTo(user)
                .Include(i => i.Timeline)
                .Include(i => i.PreventionMeasures)
                .AsSplitQuery()
                .SingleOrDefaultAsync(i => i.Id == query.Id, cancellationToken)
                ?? throw new NotFoundException();
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            return new RetroView
            {
                Header = header,
                Guidance = guidance.For(PlaybookStage.InternalRetro),
                Saved = incident.Retro,
                TimelineSummary = incident.SummariseTimeline(),
                Measures = [.. incident.PreventionMeasures
                    .OrderBy(m => m.DueOn).ThenBy(m => m.Id)
                    .Select(m => new MeasureLine(m.Id, m.Description, m.Owner, m.DueOn, m.Status, m.IsOverdue(today), m.DoneNote, m.DoneAt, m.DoneByName))],
                MayChange = user.MayChange(incident),
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
