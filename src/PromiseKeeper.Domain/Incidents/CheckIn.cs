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

    public DateTimeOffset? DoneAt { get; private set; }

    internal static CheckIn Plan(DateOnly plannedOn, string topic) => new() { PlannedOn = plannedOn, Topic = topic };

    internal void SetDone(bool done, DateTimeOffset now)
    {
        IsDone = done;
        DoneAt = done ? now.ToUniversalTime() : null;
    }
}
