using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Domain.Tests;

/// <summary><see cref="PlaybookTransitions"/>: which stage may follow which.</summary>
public class PlaybookTransitionsTests
{
    public static TheoryData<PlaybookStage, PlaybookStage> MainPathSteps() => new()
    {
        { PlaybookStage.InvestigateOrigin, PlaybookStage.ResearchAlternatives },
        { PlaybookStage.ResearchAlternatives, PlaybookStage.ScheduleCall },
        { PlaybookStage.ScheduleCall, PlaybookStage.Conversation },
        { PlaybookStage.Conversation, PlaybookStage.FollowUpRecap },
        { PlaybookStage.FollowUpRecap, PlaybookStage.InternalRetro },
        { PlaybookStage.InternalRetro, PlaybookStage.Closed },
    };

    [Fact]
    public void Main_path_lists_the_playbook_stages_in_order_without_not_applicable()
    {
        Assert.Equal(
            [
                PlaybookStage.InvestigateOrigin,
                PlaybookStage.ResearchAlternatives,
                PlaybookStage.ScheduleCall,
                PlaybookStage.Conversation,
                PlaybookStage.FollowUpRecap,
                PlaybookStage.InternalRetro,
                PlaybookStage.Closed,
            ],
            PlaybookTransitions.MainPath);
    }

    [Theory]
    [MemberData(nameof(MainPathSteps))]
    public void Each_open_stage_moves_on_to_the_next_one(PlaybookStage from, PlaybookStage next)
    {
        Assert.True(PlaybookTransitions.IsOpen(from));
        Assert.True(PlaybookTransitions.CanMove(from, next));
        Assert.True(PlaybookTransitions.CanMove(from, PlaybookStage.NotApplicable));
        Assert.Equal(next, PlaybookTransitions.NextOnMainPath(from));
    }

    [Theory]
    [MemberData(nameof(MainPathSteps))]
    public void An_open_stage_allows_no_other_move(PlaybookStage from, PlaybookStage next)
    {
        // The one way back: a countered or rejected offer returns the conversation to research.
        var back = from == PlaybookStage.Conversation ? PlaybookStage.ResearchAlternatives : next;
        var others = Enum.GetValues<PlaybookStage>().Where(to => to != next && to != back && to != PlaybookStage.NotApplicable);

        Assert.All(others, to => Assert.False(PlaybookTransitions.CanMove(from, to)));
    }

    [Fact]
    public void The_conversation_can_go_back_to_research_but_no_other_stage_goes_back()
    {
        Assert.True(PlaybookTransitions.CanMove(PlaybookStage.Conversation, PlaybookStage.ResearchAlternatives));
        var path = PlaybookTransitions.MainPath;
        for (var from = 0; from < path.Count; from++)
        {
            for (var to = 0; to < from; to++)
            {
                var allowed = path[from] == PlaybookStage.Conversation && path[to] == PlaybookStage.ResearchAlternatives;
                Assert.Equal(allowed, PlaybookTransitions.CanMove(path[from], path[to]));
            }
        }
    }

    [Theory]
    [InlineData(PlaybookStage.Closed)]
    [InlineData(PlaybookStage.NotApplicable)]
    public void A_finished_stage_is_not_open_and_allows_no_move(PlaybookStage finished)
    {
        Assert.False(PlaybookTransitions.IsOpen(finished));
        Assert.Null(PlaybookTransitions.NextOnMainPath(finished));
        Assert.All(Enum.GetValues<PlaybookStage>(), to => Assert.False(PlaybookTransitions.CanMove(finished, to)));
    }

    [Fact]
    public void An_undefined_stage_has_no_next_stage()
    {
        Assert.Null(PlaybookTransitions.NextOnMainPath((PlaybookStage)99));
    }

    [Fact]
    public void Every_stage_has_its_own_name_for_people()
    {
        var names = Enum.GetValues<PlaybookStage>().Select(StageNames.Of).ToList();

        Assert.All(names, name => Assert.False(string.IsNullOrWhiteSpace(name)));
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("Investigate the origin", StageNames.Of(PlaybookStage.InvestigateOrigin));
    }
}
