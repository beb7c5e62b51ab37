namespace PromiseKeeper.Domain.Incidents;

/// <summary>How each playbook stage is called in sentences shown to people (its name in <see cref="PlaybookStages"/>).</summary>
public static class StageNames
{
    public static string Of(PlaybookStage stage) =>
        PlaybookStages.TryGet(stage, out var descriptor) ? descriptor.Name : stage.ToString();
}
