using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Pages.Incidents.Shared;

/// <summary>Which page does the work of each playbook stage, and what its main button says.</summary>
public static class StagePages
{
    public const string Origin = "/Incidents/Playbook/Origin";
    public const string Evidence = "/Incidents/Playbook/Evidence";
    public const string Alternatives = "/Incidents/Playbook/Alternatives";
    public const string Call = "/Incidents/Playbook/Call";
    public const string WriteInstead = "/Incidents/Playbook/WriteInstead";
    public const string CallInvite = "/Incidents/Playbook/CallInvite";
    public const string Conversation = "/Incidents/Playbook/Conversation";
    public const string Recap = "/Incidents/Playbook/Recap";
    public const string CheckIns = "/Incidents/Playbook/CheckIns";
    public const string Retro = "/Incidents/Playbook/Retro";
    public const string NotApplicable = "/Incidents/Playbook/NotApplicable";

    /// <returns>The page and the call to action, or null for a finished incident.</returns>
    public static (string Page, string Action)? For(PlaybookStage stage) => stage switch
    {
        PlaybookStage.InvestigateOrigin => (Origin, "Record where the promise came from"),
        PlaybookStage.ResearchAlternatives => (Alternatives, "Research alternatives and build the offer"),
        PlaybookStage.ScheduleCall => (Call, "Plan the call with the client"),
        PlaybookStage.Conversation => (Conversation, "Record the conversation"),
        PlaybookStage.FollowUpRecap => (Recap, "Write and send the recap"),
        PlaybookStage.InternalRetro => (Retro, "Hold the internal retro"),
        _ => null,
    };
}
