using System.Text.RegularExpressions;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Tests.Incidents.Playbook;

namespace PromiseKeeper.Domain.Tests.Incidents;

/// <summary>
/// <see cref="PlaybookStages"/>: every value of <see cref="PlaybookStage"/> has a complete row, so a new stage
/// cannot be half described. The response-time target is the one part that may be missing: it stays null until
/// the response-time clocks are built. That each guidance key has its template, titled with the stage name, is tested beside the templates (StageGuidanceTextsTests).
/// </summary>
public partial class PlaybookStagesTests
{
    public static TheoryData<PlaybookStage> EveryStage() => [.. Enum.GetValues<PlaybookStage>()];

    public static TheoryData<PlaybookStage> OpenStages() =>
        [.. Enum.GetValues<PlaybookStage>().Where(s => PlaybookStages.TryGet(s, out var d) && d.IsOpen)];

    [Fact]
    public void The_table_has_exactly_one_row_per_stage()
    {
        Assert.Equal(
            Enum.GetValues<PlaybookStage>().Order(),
            PlaybookStages.All.Select(d => d.Stage).Order());
    }

    [Theory]
    [MemberData(nameof(EveryStage))]
    public void Every_stage_has_a_name_and_a_guidance_key(PlaybookStage stage)
    {
        Assert.True(PlaybookStages.TryGet(stage, out var descriptor), $"{stage} has no row in PlaybookStages.All.");

        Assert.Equal(stage, descriptor.Stage);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Name));
        Assert.Matches(KebabCase(), descriptor.GuidanceKey);
    }

    [Theory]
    [MemberData(nameof(EveryStage))]
    public void Every_stage_is_open_exactly_when_it_has_exits_and_its_target_is_unset_or_positive(PlaybookStage stage)
    {
        var descriptor = PlaybookStages.Of(stage);

        Assert.Equal(descriptor.IsOpen, descriptor.Exits.Count > 0);
        Assert.True(descriptor.ResponseTimeTarget is null || descriptor.ResponseTimeTarget > TimeSpan.Zero);
    }

    [Theory]
    [MemberData(nameof(OpenStages))]
    public void Every_exit_of_an_open_stage_goes_to_a_described_stage_once_and_has_a_guard(PlaybookStage stage)
    {
        var exits = PlaybookStages.Of(stage).Exits;
        var incident = Journey.At(stage).Incident;

        Assert.All(exits, exit =>
        {
            Assert.True(PlaybookStages.TryGet(exit.To, out _), $"{stage} leads to {exit.To}, which has no row.");
            Assert.NotNull(exit.Blockers(incident));
        });
        Assert.Equal(exits.Count, exits.Select(e => e.To).Distinct().Count());
        Assert.Contains(exits, exit => exit.To == PlaybookStage.NotApplicable);
        Assert.NotEqual(PlaybookStage.NotApplicable, exits[0].To);
    }

    [Fact]
    public void The_main_path_follows_the_first_exits_through_every_open_stage_to_a_finished_one()
    {
        var path = PlaybookStages.MainPath;

        Assert.Equal(PlaybookStages.All[0].Stage, path[0]);
        Assert.False(PlaybookStages.Of(path[^1]).IsOpen);
        Assert.All(PlaybookStages.All.Where(d => d.IsOpen), d => Assert.Contains(d.Stage, path));
    }

    [Fact]
    public void An_undefined_stage_has_no_row()
    {
        Assert.False(PlaybookStages.TryGet((PlaybookStage)99, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => PlaybookStages.Of((PlaybookStage)99));
    }

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex KebabCase();
}
