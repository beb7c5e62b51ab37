using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

/// <summary>The internal retro as written by the team (stage 6), as typed.</summary>
public sealed record RetroDetails
{
    public const int TextMaxLength = 10_000;

    public string? WhatHappened { get; init; }

    public RootCauseCategory? RootCauseCategory { get; init; }

    public string? RootCause { get; init; }

    public string? LessonsLearned { get; init; }

    public Checked<RetroWriteUp> Parse()
    {
        var check = new RuleCheck();
        var whatHappened = check.Text(nameof(WhatHappened), WhatHappened, TextMaxLength, Messages.Of("retro.what-happened-missing"));
        var category = check.Defined(nameof(RootCauseCategory), RootCauseCategory, Messages.Of("retro.category-missing"));
        var rootCause = check.Text(nameof(RootCause), RootCause, TextMaxLength, Messages.Of("retro.root-cause-missing"));
        var lessons = check.Text(nameof(LessonsLearned), LessonsLearned, TextMaxLength, Messages.Of("retro.lessons-missing"));
        return Checked<RetroWriteUp>.From(check, () => new RetroWriteUp(whatHappened, category, rootCause, lessons));
    }
}

/// <summary>The retro's text, checked: only <see cref="RetroDetails.Parse"/> makes one.</summary>
public sealed record RetroWriteUp
{
    internal RetroWriteUp(string whatHappened, RootCauseCategory rootCauseCategory, string rootCause, string lessonsLearned) =>
        (WhatHappened, RootCauseCategory, RootCause, LessonsLearned) = (whatHappened, rootCauseCategory, rootCause, lessonsLearned);

    public string WhatHappened { get; }

    public RootCauseCategory RootCauseCategory { get; }

    public string RootCause { get; }

    public string LessonsLearned { get; }
}
