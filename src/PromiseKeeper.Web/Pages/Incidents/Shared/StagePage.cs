using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Pages.Incidents.Shared;

/// <summary>What the web shows for one playbook stage; one row of <see cref="StagePages.All"/>.</summary>
/// <param name="WorkPage">The page that does the stage's work; null for a finished stage.</param>
/// <param name="Action">The call to action on the incident page's main button, leading to <paramref name="WorkPage"/>.</param>
/// <param name="ReadBack">The partial, beside the work page, that shows on the incident page what was recorded at this stage.</param>
public sealed record StagePage(PlaybookStage Stage, string? WorkPage, string? Action, string? ReadBack);
