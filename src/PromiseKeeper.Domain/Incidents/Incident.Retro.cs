using System.Globalization;
using System.Text;
using NodaTime;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

// Stage 6: the internal retro with prevention measures.
public sealed partial class Incident
{
    private const string RetroAction = "work-on-retro";

    public Retro? Retro { get; private set; }

    /// <summary>
    /// The timeline as plain lines, oldest first, in the reader's <paramref name="language"/> with each entry's day in
    /// <paramref name="zone"/>: the starting point of "what happened".
    /// </summary>
    public string SummariseTimeline(string language, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        language = Languages.OrEnglish(language);
        var culture = CultureInfo.GetCultureInfo(language);
        var dayFormat = TextCatalog.Get(IncidentEvent.TextFile, "format.date", language: language);
        var text = new StringBuilder();
        foreach (var entry in _timeline.OrderBy(e => e.OccurredAt))
        {
            var day = LocalTimes.InZone(entry.OccurredAt, zone).ToString(dayFormat, culture);
            text.Append(culture, $"{day}  {entry.TextIn(language, zone)}\n");
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>Parses the typed retro, then saves it (see the overload). For tests and demo data only: the retro page parses its form itself.</summary>
    [ForTestsAndDemoData]
    public void SaveRetro(RetroDetails details, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        RequireStage(RetroAction, PlaybookStage.InternalRetro);
        RequireRetroNotSubmitted();
        SaveRetro(details.Parse().OrThrow(), actor, now);
    }

    /// <exception cref="DomainException">Outside the retro stage, after it was submitted, or when a field rule is broken.</exception>
    public void SaveRetro(RetroWriteUp writeUp, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(writeUp);
        RequireStage(RetroAction, PlaybookStage.InternalRetro);
        RequireRetroNotSubmitted();
        Retro ??= new Retro();
        Retro.Update(writeUp);
        Record(actor, now, "retro.saved");
    }

    /// <summary>
    /// Adds a measure whose owner is free text, as measures were before owners were users. For tests and demo data only:
    /// the retro page adds measures owned by a user (see the overload).
    /// </summary>
    /// <exception cref="DomainException">Outside the retro stage, after it was submitted, or when a field rule is broken.</exception>
    [ForTestsAndDemoData]
    public PreventionMeasure AddPreventionMeasure(string? description, string? owner, DateOnly? dueOn, Actor actor, DateTimeOffset now)
    {
        var check = StartMeasureCheck(description, out var what);
        var who = check.Text("Owner", owner, IncidentDetails.NameMaxLength, Messages.Of("measure.owner-missing"));
        var due = CheckDueDate(check, dueOn, now);
        check.ThrowIfAny();
        return AddMeasure(PreventionMeasure.Create(what, who, due), actor, now);
    }

    /// <summary>Adds a measure owned by a user (of any team): its owner text is their name.</summary>
    /// <param name="owner">The user who makes it happen; null when none was chosen (a violation on "OwnerId").</param>
    /// <exception cref="DomainException">Outside the retro stage, after it was submitted, or when a field rule is broken.</exception>
    public PreventionMeasure AddPreventionMeasure(string? description, Actor? owner, DateOnly? dueOn, Actor actor, DateTimeOffset now)
    {
        var check = StartMeasureCheck(description, out var what);
        if (owner is null)
        {
            check.Add("OwnerId", Messages.Of("measure.owner-missing"));
        }

        var due = CheckDueDate(check, dueOn, now);
        check.ThrowIfAny();
        return AddMeasure(PreventionMeasure.Create(what, OwnerAsNamed(owner!), due), actor, now);
    }

    private RuleCheck StartMeasureCheck(string? description, out string what)
    {
        RequireStage(RetroAction, PlaybookStage.InternalRetro);
        RequireRetroNotSubmitted();
        var check = new RuleCheck();
        what = check.Text("Description", description, PreventionMeasure.DescriptionMaxLength, Messages.Of("measure.description-missing"));
        return check;
    }

    private static DateOnly CheckDueDate(RuleCheck check, DateOnly? dueOn, DateTimeOffset now)
    {
        var due = check.Present("DueOn", dueOn, Messages.Of("measure.due-missing"));
        if (dueOn < DateOnly.FromDateTime(now.UtcDateTime))
        {
            check.Add("DueOn", Messages.Of("measure.due-in-past"));
        }
        else if (dueOn > DateOnly.FromDateTime(now.UtcDateTime).AddYears(PreventionMeasure.MaxYearsAhead))
        {
            check.Add("DueOn", Messages.Count("measure.due-too-far(count)", PreventionMeasure.MaxYearsAhead));
        }

        return due;
    }

    private PreventionMeasure AddMeasure(PreventionMeasure measure, Actor actor, DateTimeOffset now)
    {
        _preventionMeasures.Add(measure);
        Record(actor, now, "measure.added", TextValue.Text("Measure", measure.Description), TextValue.Text("Owner", measure.Owner), TextValue.Date("Due", measure.DueOn));
        return measure;
    }

    /// <summary>
    /// Parses the typed status and note, then moves the measure on (see the overload). For tests and demo data only:
    /// the measure form parses itself with <see cref="MeasureStatusDetails.Parse"/>.
    /// </summary>
    /// <exception cref="DomainException">For an unknown measure or status, a missing note, or on an incident marked not applicable.</exception>
    [ForTestsAndDemoData]
    public void SetMeasureStatus(Guid measureId, MeasureStatus status, string? doneNote, Actor actor, DateTimeOffset now)
    {
        RequireMeasuresTracked();
        SetMeasureStatus(measureId, new MeasureStatusDetails { Status = status, DoneNote = doneNote }.Parse().OrThrow(), actor, now);
    }

    /// <summary>
    /// Moves a measure on. Done comes with a short note of what was done. Measures are tracked to done
    /// even after the incident is closed.
    /// </summary>
    /// <exception cref="DomainException">For an unknown measure, or on an incident marked not applicable.</exception>
    public void SetMeasureStatus(Guid measureId, MeasureStatusChange change, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(change);
        RequireMeasuresTracked();
        var measure = _preventionMeasures.FirstOrDefault(m => m.Id == measureId)
            ?? throw new DomainException(Messages.Of("measure.unknown"));
        var status = change.Status;
        if (measure.Status == status && (status != MeasureStatus.Done || string.Equals(measure.DoneNote, change.DoneNote, StringComparison.Ordinal)))
        {
            return;
        }

        measure.SetStatus(status, change.DoneNote, actor, now);
        Record(actor, now, status == MeasureStatus.Done ? "measure.done" : "measure.status",
            [TextValue.Text("Measure", measure.Description),
                status == MeasureStatus.Done ? TextValue.Text("Note", measure.DoneNote!) : TextValue.MeasureStatus("Status", status)]);
    }

    /// <summary>Submits the retro: it needs every field and at least one prevention measure.</summary>
    /// <exception cref="DomainException">When the retro is incomplete or already submitted.</exception>
    public void SubmitRetro(Actor actor, DateTimeOffset now)
    {
        RequireStage(RetroAction, PlaybookStage.InternalRetro);
        RequireRetroNotSubmitted();
        if (Retro is null)
        {
            throw new DomainException(Messages.Of("retro.not-saved"));
        }

        if (_preventionMeasures.Count == 0)
        {
            throw new DomainException(Messages.Of("retro.no-measures"));
        }

        var resubmitted = Retro.Status == RetroReviewStatus.SentBack;
        Retro.Submit(actor, now);
        Record(actor, now, resubmitted ? "retro.resubmitted" : "retro.submitted", TextValue.Count("Measures", _preventionMeasures.Count));
    }

    /// <summary>A team lead accepts the retro and its measures; the incident can then close.</summary>
    /// <exception cref="DomainException">When the retro is not waiting for review, or the comments are too long.</exception>
    public void ApproveRetro(string? comments, Actor lead, DateTimeOffset now)
    {
        var retro = RetroAwaitingReview();
        var check = new RuleCheck();
        check.OptionalText("Comments", comments, Retro.ReviewCommentsMaxLength);
        check.ThrowIfAny();

        retro.Review(RetroReviewStatus.Approved, Clean(comments), lead, now);
        Record(lead, now, "retro.approved");
    }

    /// <summary>A team lead returns the retro with comments; the account manager edits it and submits it again.</summary>
    /// <exception cref="DomainException">When the retro is not waiting for review, or there are no comments.</exception>
    public void SendRetroBack(string? comments, Actor lead, DateTimeOffset now)
    {
        var retro = RetroAwaitingReview();
        var check = new RuleCheck();
        check.RequireText("Comments", comments, Retro.ReviewCommentsMaxLength, Messages.Of("retro.comments-missing"));
        check.ThrowIfAny();

        retro.Review(RetroReviewStatus.SentBack, Clean(comments), lead, now);
        Record(lead, now, "retro.sent-back");
    }

    private Retro RetroAwaitingReview()
    {
        RequireStage("review-retro", PlaybookStage.InternalRetro);
        if (Retro is not { Status: RetroReviewStatus.Submitted } submitted)
        {
            throw new DomainException(Retro?.Status == RetroReviewStatus.Approved
                ? Messages.Of("retro.already-approved")
                : Messages.Of("retro.not-submitted"));
        }

        return submitted;
    }

    private void RequireMeasuresTracked()
    {
        if (Stage == PlaybookStage.NotApplicable)
        {
            throw new DomainException(Messages.Of("measure.not-applicable"));
        }
    }

    private void RequireRetroNotSubmitted()
    {
        if (Retro is { IsSubmitted: true })
        {
            throw new DomainException(Retro.IsApproved
                ? Messages.Of("retro.approved-locked")
                : Messages.Of("retro.submitted-locked"));
        }
    }
}
