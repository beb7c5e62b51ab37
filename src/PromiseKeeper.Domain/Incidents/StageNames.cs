namespace PromiseKeeper.Domain.Incidents;

/// <summary>How each playbook stage is called in sentences shown to people.</summary>
public static class StageNames
{
    public static string Of(PlaybookStage stage) => stage switch
    {
        PlaybookStage.InvestigateOrigin => "Investigate the origin",
        PlaybookStage.ResearchAlternatives => "Research alternatives",
        PlaybookStage.ScheduleCall => "Schedule the call",
        PlaybookStage.Conversation => "The conversation",
        PlaybookStage.FollowUpRecap => "Follow-up recap",
        PlaybookStage.InternalRetro => "Internal retro",
        PlaybookStage.Closed => "Closed",
        PlaybookStage.NotApplicable => "Not applicable",
        _ => stage.ToString(),
    };
}
