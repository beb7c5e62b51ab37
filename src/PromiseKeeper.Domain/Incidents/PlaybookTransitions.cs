namespace PromiseKeeper.Domain.Incidents;

/// <summary>
/// The one table that says which stage may follow which. Besides the main path, a countered or rejected
/// offer can send the conversation back to researching alternatives, and any open stage can end as not applicable.
/// </summary>
public static class PlaybookTransitions
{
    private static readonly Dictionary<PlaybookStage, PlaybookStage[]> Allowed = new()
    {
        [PlaybookStage.InvestigateOrigin] = [PlaybookStage.ResearchAlternatives, PlaybookStage.NotApplicable],
        [PlaybookStage.ResearchAlternatives] = [PlaybookStage.ScheduleCall, PlaybookStage.NotApplicable],
        [PlaybookStage.ScheduleCall] = [PlaybookStage.Conversation, PlaybookStage.NotApplicable],
        [PlaybookStage.Conversation] = [PlaybookStage.FollowUpRecap, PlaybookStage.ResearchAlternatives, PlaybookStage.NotApplicable],
        [PlaybookStage.FollowUpRecap] = [PlaybookStage.InternalRetro, PlaybookStage.NotApplicable],
        [PlaybookStage.InternalRetro] = [PlaybookStage.Closed, PlaybookStage.NotApplicable],
        [PlaybookStage.Closed] = [],
        [PlaybookStage.NotApplicable] = [],
    };

    /// <summary>The playbook's stages in the order they are worked through (without "not applicable").</summary>
    public static IReadOnlyList<PlaybookStage> MainPath { get; } =
    [
        PlaybookStage.InvestigateOrigin,
        PlaybookStage.ResearchAlternatives,
        PlaybookStage.ScheduleCall,
        PlaybookStage.Conversation,
        PlaybookStage.FollowUpRecap,
        PlaybookStage.InternalRetro,
        PlaybookStage.Closed,
    ];

    public static bool IsOpen(PlaybookStage stage) => stage is not (PlaybookStage.Closed or PlaybookStage.NotApplicable);

    public static bool CanMove(PlaybookStage from, PlaybookStage to) =>
        Allowed.TryGetValue(from, out var next) && next.Contains(to);

    /// <summary>The next stage on the main path, or null when the incident is finished.</summary>
    public static PlaybookStage? NextOnMainPath(PlaybookStage from)
    {
        var index = MainPath.ToList().IndexOf(from);
        return IsOpen(from) && index >= 0 ? MainPath[index + 1] : null;
    }
}
