namespace PromiseKeeper.Domain.Incidents;

/// <summary>A planned moment to update the client while the fix is under way.</summary>
public sealed class CheckIn
{
    public const int TopicMaxLength = 500;

    private CheckIn()
    {
        Topic = string.Empty;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public long IncidentId { get; private set; }

    public DateOnly PlannedOn { get; private set; }

    public string Topic { get; private set; }

    public bool IsDone { get; private set; }

    /// <summary>The user (of any team) who updates the client; null means the incident's owner.</summary>
    public string? OwnerId { get; private set; }

    public DateTimeOffset? DoneAt { get; private set; }

    /// <summary>When it was closed as no longer needed, with the incident; null while it is planned or done.</summary>
    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>When its owner was reminded that it is due; set by the scheduler (web), never by the domain.</summary>
    public DateTimeOffset? DueRemindedAt { get; private set; }

    /// <summary>Planned, not done and not closed: something the client still expects from us.</summary>
    public bool IsOpen => !IsDone && CancelledAt is null;

    internal static CheckIn Plan(DateOnly plannedOn, string topic, string? ownerId) => new() { PlannedOn = plannedOn, Topic = topic, OwnerId = ownerId };

    /// <summary>Who updates the client: <paramref name="incidentOwnerId"/> when no one else was given it.</summary>
    public string OwnerOr(string incidentOwnerId) => OwnerId ?? incidentOwnerId;

    internal void GiveTo(string? ownerId) => OwnerId = ownerId;

    internal void Cancel(DateTimeOffset now) => CancelledAt = now.ToUniversalTime();

    internal void SetDone(bool done, DateTimeOffset now)
    {
        IsDone = done;
        DoneAt = done ? now.ToUniversalTime() : null;
    }
}
