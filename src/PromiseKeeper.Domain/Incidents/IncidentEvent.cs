namespace PromiseKeeper.Domain.Incidents;

/// <summary>One entry of an incident's timeline: who did what, when. Never changed once written.</summary>
public sealed class IncidentEvent
{
    public const int DescriptionMaxLength = 2000;

    private IncidentEvent(DateTimeOffset occurredAt, string actorId, string actorName, string description)
    {
        OccurredAt = occurredAt;
        ActorId = actorId;
        ActorName = actorName;
        Description = description;
    }

    public long Id { get; private set; }

    public long IncidentId { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public string ActorId { get; private set; }

    public string ActorName { get; private set; }

    public string Description { get; private set; }

    internal static IncidentEvent Record(Actor actor, DateTimeOffset now, string description) =>
        new(now.ToUniversalTime(), actor.UserId, actor.DisplayName, description);
}
