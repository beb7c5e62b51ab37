namespace PromiseKeeper.Domain.Incidents;

/// <summary>
/// Which stage may follow which, as <see cref="PlaybookStages"/> describes it. Besides the main path, a countered or rejected
/// offer can send the conversation back to researching alternatives, and any open stage can end as not applicable.
/// </summary>
public static class PlaybookTransitions
{
    /// <summary>The playbook's stages in the order they are worked through (without "not applicable").</summary>
    public static IReadOnlyList<PlaybookStage> MainPath => PlaybookStages.MainPath;

    public static bool IsOpen(PlaybookStage stage) => !PlaybookStages.TryGet(stage, out var descriptor) || descriptor.IsOpen;

    public static bool CanMove(PlaybookStage from, PlaybookStage to) => ExitFor(from, to) is not null;

    /// <summary>The move from <paramref name="from"/> to <paramref name="to"/>, or null when the playbook does not allow it.</summary>
    public static StageExit? ExitFor(PlaybookStage from, PlaybookStage to) =>
        PlaybookStages.TryGet(from, out var descriptor) ? descriptor.Exits.FirstOrDefault(e => e.To == to) : null;

    /// <summary>The next stage on the main path, or null when the incident is finished.</summary>
    public static PlaybookStage? NextOnMainPath(PlaybookStage from) =>
        PlaybookStages.TryGet(from, out var descriptor) && descriptor is { IsOpen: true, Exits: [var next, ..] } ? next.To : null;
}
