namespace PromiseKeeper.Domain.Incidents;

/// <summary>The team's internal look back at the incident.</summary>
public sealed class Retro
{
    internal Retro()
    {
        WhatHappened = string.Empty;
        RootCause = string.Empty;
        LessonsLearned = string.Empty;
    }

    public string WhatHappened { get; private set; }

    public RootCauseCategory RootCauseCategory { get; private set; }

    public string RootCause { get; private set; }

    public string LessonsLearned { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public string? SubmittedByName { get; private set; }

    public bool IsSubmitted => SubmittedAt is not null;

    internal void Update(RetroDetails details)
    {
        WhatHappened = details.WhatHappened!.Trim();
        RootCauseCategory = details.RootCauseCategory!.Value;
        RootCause = details.RootCause!.Trim();
        LessonsLearned = details.LessonsLearned!.Trim();
    }

    internal void Submit(Actor actor, DateTimeOffset now)
    {
        SubmittedAt = now.ToUniversalTime();
        SubmittedByName = actor.DisplayName;
    }
}
