namespace PromiseKeeper.Domain.Incidents;

/// <summary>Where the retro stands with the team leads. Only an approved retro lets the incident close.</summary>
public enum RetroReviewStatus
{
    Draft = 0,

    /// <summary>In the team leads' queue.</summary>
    Submitted = 1,

    Approved = 2,

    /// <summary>A team lead asked for changes; the account manager edits and resubmits.</summary>
    SentBack = 3,
}
