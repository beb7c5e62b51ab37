namespace PromiseKeeper.Domain.Incidents;

/// <summary>The playbook's stages, in order. A new incident starts at <see cref="InvestigateOrigin"/>.</summary>
public enum PlaybookStage
{
    InvestigateOrigin = 0,
    ResearchAlternatives = 1,
    ScheduleCall = 2,
    Conversation = 3,
    FollowUpRecap = 4,
    InternalRetro = 5,
    Closed = 6,
    NotApplicable = 7,
}
