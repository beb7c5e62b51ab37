using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

/// <summary>Everything the domain knows about one playbook stage; one row of <see cref="PlaybookStages.All"/>.</summary>
public sealed record StageDescriptor
{
    public required PlaybookStage Stage { get; init; }

    /// <summary>How the stage is called in sentences shown to people, in the current UI language.</summary>
    public string Name => Labels.Of(Stage);

    /// <summary>The kebab-case stem of the stage's guidance text: <c>guidance-&lt;key&gt;.txt</c>.</summary>
    public required string GuidanceKey { get; init; }

    /// <summary>Work still happens at this stage; false for the stages that finish an incident.</summary>
    public required bool IsOpen { get; init; }

    /// <summary>The stages that may follow this one. The first is the next stage on the main path; a finished stage has none.</summary>
    public required IReadOnlyList<StageExit> Exits { get; init; }

    /// <summary>
    /// How soon the work of this stage should be done once the incident reaches it. Null for every stage today:
    /// the response-time clocks are a later feature, which fills this in the table.
    /// </summary>
    public TimeSpan? ResponseTimeTarget { get; init; }
}
