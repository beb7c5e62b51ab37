using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Pages.Incidents.Shared;

/// <summary>
/// The web side of <see cref="PlaybookStages"/>: per stage the page that does its work, what the main button says, and
/// the read-back partial the incident page shows. Adding a stage means a row here (see docs/how-to-add-a-stage.md).
/// </summary>
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

    /// <summary>One row per stage, in the order of <see cref="PlaybookStages.All"/>; the incident page shows the read-backs in this order.</summary>
    public static IReadOnlyList<StagePage> All { get; } =
    [
        new(PlaybookStage.InvestigateOrigin, Origin, "Record where the promise came from", ReadBackBeside(Origin)),
        new(PlaybookStage.ResearchAlternatives, Alternatives, "Research alternatives and build the offer", ReadBackBeside(Alternatives)),
        new(PlaybookStage.ScheduleCall, Call, "Plan the call with the client", ReadBackBeside(Call)),
        new(PlaybookStage.Conversation, Conversation, "Record the conversation", ReadBackBeside(Conversation)),
        new(PlaybookStage.FollowUpRecap, Recap, "Write and send the recap", ReadBackBeside(Recap)),
        new(PlaybookStage.InternalRetro, Retro, "Hold the internal retro", ReadBackBeside(Retro)),

        // A finished stage has no work left, so no page and no button. Nothing is recorded at "closed"; the reason
        // of a not-applicable incident is recorded on the way there (NotApplicable page) and shown in the next-step card.
        new(PlaybookStage.Closed, null, null, null),
        new(PlaybookStage.NotApplicable, null, null, null),
    ];

    private static readonly Dictionary<PlaybookStage, StagePage> ByStage = All.ToDictionary(p => p.Stage);

    /// <summary>The read-back partials, in playbook order.</summary>
    public static IReadOnlyList<string> ReadBacks { get; } = [.. All.Select(p => p.ReadBack).OfType<string>()];

    /// <exception cref="ArgumentOutOfRangeException">For a value that is not a playbook stage.</exception>
    public static StagePage Of(PlaybookStage stage) =>
        ByStage.TryGetValue(stage, out var page) ? page : throw new ArgumentOutOfRangeException(nameof(stage), stage, "Not a playbook stage.");

    /// <returns>The page and the call to action, or null for a finished incident.</returns>
    public static (string Page, string Action)? For(PlaybookStage stage) =>
        ByStage.TryGetValue(stage, out var page) && page is { WorkPage: { } work, Action: { } action } ? (work, action) : null;

    /// <summary>"/Pages/Incidents/Playbook/_OriginReadBack.cshtml" for the origin page.</summary>
    private static string ReadBackBeside(string page)
    {
        var slash = page.LastIndexOf('/');
        return $"/Pages{page[..slash]}/_{page[(slash + 1)..]}ReadBack.cshtml";
    }
}
