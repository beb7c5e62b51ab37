namespace PromiseKeeper.Domain.Incidents;

/// <summary>A realistic step, with an owner and a date, that keeps the same failure from happening again.</summary>
public sealed class PreventionMeasure
{
    /// <summary>How far ahead a due date may lie: further is a mistyped year (9999), not a plan.</summary>
    public const int MaxYearsAhead = 5;

    public const int DescriptionMaxLength = 1000;
    public const int DoneNoteMaxLength = 1000;

    private PreventionMeasure()
    {
        Description = string.Empty;
        Owner = string.Empty;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public long IncidentId { get; private set; }

    public string Description { get; private set; }

    /// <summary>Who does it, as written: the user's name once <see cref="OwnerId"/> is set, free text kept from before owners were users.</summary>
    public string Owner { get; private set; }

    /// <summary>The user (of any team) who does it; null for a measure whose owner is still free text.</summary>
    public string? OwnerId { get; private set; }

    public DateOnly DueOn { get; private set; }

    public MeasureStatus Status { get; private set; }

    /// <summary>What was done, in the words of whoever marked the measure done.</summary>
    public string? DoneNote { get; private set; }

    public DateTimeOffset? DoneAt { get; private set; }

    public string? DoneByName { get; private set; }

    /// <summary>When its owner was reminded that it is due soon; set by the scheduler (web), never by the domain.</summary>
    public DateTimeOffset? DueSoonRemindedAt { get; private set; }

    /// <summary>When its owner and the team's leads were told it is overdue; set by the scheduler (web), never by the domain.</summary>
    public DateTimeOffset? OverdueRemindedAt { get; private set; }

    public bool IsOverdue(DateOnly today) => Status != MeasureStatus.Done && DueOn < today;

    /// <summary>Whether a user owns it; false for an owner kept as free text from before owners were users.</summary>
    public bool HasUserOwner => OwnerId is not null;

    internal static PreventionMeasure Create(string description, string owner, DateOnly dueOn) =>
        new() { Description = description, Owner = owner, DueOn = dueOn, Status = MeasureStatus.Planned };

    internal static PreventionMeasure Create(string description, Actor owner, DateOnly dueOn) =>
        new() { Description = description, Owner = owner.DisplayName, OwnerId = owner.UserId, DueOn = dueOn, Status = MeasureStatus.Planned };

    internal void GiveTo(Actor owner)
    {
        OwnerId = owner.UserId;
        Owner = owner.DisplayName;
    }

    internal void SetStatus(MeasureStatus status, string? doneNote, Actor actor, DateTimeOffset now)
    {
        Status = status;
        var done = status == MeasureStatus.Done;
        DoneNote = done ? doneNote : null;
        DoneAt = done ? now.ToUniversalTime() : null;
        DoneByName = done ? actor.DisplayName : null;
    }
}
