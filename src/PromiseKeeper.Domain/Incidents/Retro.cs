namespace PromiseKeeper.Domain.Incidents;

/// <summary>The team's internal look back at the incident.</summary>
public sealed class Retro
{
    public const int ReviewCommentsMaxLength = 4000;

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

    public RetroReviewStatus Status { get; private set; }

    /// <summary>The team lead's comments with the last decision (why it was sent back, or notes with the approval).</summary>
    public string? ReviewComments { get; private set; }

    public string? ReviewedByName { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    /// <summary>Where the root cause names a person as the cause; the retro page suggests blameless wording.</summary>
    public IReadOnlyList<Language.BlameFinding> FindPeopleNamedAsCause() => Language.BlamelessWording.PeopleNamedAsCause(RootCause);

    /// <summary>Submitted and not sent back: waiting for a team lead, or approved. It cannot be edited.</summary>
    public bool IsSubmitted => Status is RetroReviewStatus.Submitted or RetroReviewStatus.Approved;

    public bool IsApproved => Status == RetroReviewStatus.Approved;

    internal void Update(RetroWriteUp writeUp)
    {
        WhatHappened = writeUp.WhatHappened;
        RootCauseCategory = writeUp.RootCauseCategory;
        RootCause = writeUp.RootCause;
        LessonsLearned = writeUp.LessonsLearned;
    }

    internal void Submit(Actor actor, DateTimeOffset now)
    {
        SubmittedAt = now.ToUniversalTime();
        SubmittedByName = actor.DisplayName;
        Status = RetroReviewStatus.Submitted;
    }

    internal void Review(RetroReviewStatus decision, string? comments, Actor lead, DateTimeOffset now)
    {
        Status = decision;
        ReviewComments = comments;
        ReviewedByName = lead.DisplayName;
        ReviewedAt = now.ToUniversalTime();
    }
}
