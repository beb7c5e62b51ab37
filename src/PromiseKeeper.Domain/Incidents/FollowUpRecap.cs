namespace PromiseKeeper.Domain.Incidents;

/// <summary>The written summary sent to the client after the conversation.</summary>
public sealed class FollowUpRecap
{
    internal FollowUpRecap()
    {
        Text = string.Empty;
    }

    public string Text { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public string? SentByName { get; private set; }

    public bool IsSent => SentAt is not null;

    internal void Update(string text) => Text = text;

    internal void MarkSent(Actor actor, DateTimeOffset now)
    {
        SentAt = now.ToUniversalTime();
        SentByName = actor.DisplayName;
    }
}
