namespace PromiseKeeper.Domain.Incidents;

/// <summary>The internal retro as written by the team (stage 6).</summary>
public sealed record RetroDetails
{
    public const int TextMaxLength = 10_000;

    public string? WhatHappened { get; init; }

    public RootCauseCategory? RootCauseCategory { get; init; }

    public string? RootCause { get; init; }

    public string? LessonsLearned { get; init; }

    public IReadOnlyList<RuleViolation> Check()
    {
        var check = new RuleCheck();
        check.RequireText(nameof(WhatHappened), WhatHappened, TextMaxLength, "Summarise what happened.");
        check.RequireDefined(nameof(RootCauseCategory), RootCauseCategory, "Choose the kind of root cause.");
        check.RequireText(nameof(RootCause), RootCause, TextMaxLength, "Explain the root cause: why did the promise break?");
        check.RequireText(nameof(LessonsLearned), LessonsLearned, TextMaxLength, "Write down what the team learned.");
        return check.Violations;
    }
}
