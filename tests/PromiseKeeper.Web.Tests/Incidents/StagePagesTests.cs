using Microsoft.AspNetCore.Razor.Hosting;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Pages.Incidents;

namespace PromiseKeeper.Web.Tests.Incidents;

/// <summary>
/// <see cref="StagePages"/>: every value of <see cref="PlaybookStage"/> has its web row: a work page that is a Razor page,
/// a call to action, a read-back partial that exists, and a demo step. The documented exception: the finished stages
/// (<see cref="PlaybookStage.Closed"/>, <see cref="PlaybookStage.NotApplicable"/>) have no work left, so no page, no
/// button, no read-back and no demo step.
/// </summary>
public class StagePagesTests
{
    private static readonly PlaybookStage[] Finished = [PlaybookStage.Closed, PlaybookStage.NotApplicable];

    // What the Razor compiler put into the web assembly: "/Pages/Incidents/Playbook/Origin.cshtml" and its kind.
    private static readonly Dictionary<string, string> CompiledRazor = new RazorCompiledItemLoader()
        .LoadItems(typeof(DetailsModel).Assembly)
        .ToDictionary(item => item.Identifier, item => item.Kind, StringComparer.Ordinal);

    public static TheoryData<PlaybookStage> WorkStages() => [.. Enum.GetValues<PlaybookStage>().Except(Finished)];

    [Fact]
    public void The_table_has_one_row_per_stage_in_the_domain_tables_order()
    {
        Assert.Equal(PlaybookStages.All.Select(d => d.Stage), StagePages.All.Select(p => p.Stage));
    }

    [Fact]
    public void The_finished_stages_are_the_documented_exceptions()
    {
        Assert.Equal(Finished, PlaybookStages.All.Where(d => !d.IsOpen).Select(d => d.Stage));
        Assert.All(Finished, stage =>
        {
            Assert.Equal(new StagePage(stage, null, null, null), StagePages.Of(stage));
            Assert.Null(StagePages.For(stage));
            Assert.False(DemoPlaybook.WorkOfStage.ContainsKey(stage));
        });
    }

    [Theory]
    [MemberData(nameof(WorkStages))]
    public void Every_open_stage_has_a_razor_page_that_does_its_work_and_a_call_to_action(PlaybookStage stage)
    {
        var page = StagePages.Of(stage);

        Assert.NotNull(page.WorkPage);
        Assert.True(
            CompiledRazor.TryGetValue($"/Pages{page.WorkPage}.cshtml", out var kind) && kind == "mvc.1.0.razor-page",
            $"{page.WorkPage} is not a Razor page.");
        Assert.False(string.IsNullOrWhiteSpace(page.Action));
        Assert.Equal((page.WorkPage, page.Action), StagePages.For(stage));
    }

    [Theory]
    [MemberData(nameof(WorkStages))]
    public void Every_open_stage_has_a_read_back_partial_beside_its_page(PlaybookStage stage)
    {
        var (_, workPage, _, readBack) = StagePages.Of(stage);

        Assert.NotNull(workPage);
        Assert.NotNull(readBack);
        Assert.True(CompiledRazor.TryGetValue(readBack, out var kind) && kind == "mvc.1.0.view", $"{readBack} is not a partial.");
        Assert.StartsWith($"/Pages{workPage[..workPage.LastIndexOf('/')]}/_", readBack, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(WorkStages))]
    public void Every_open_stage_has_a_demo_step(PlaybookStage stage)
    {
        Assert.True(DemoPlaybook.WorkOfStage.ContainsKey(stage), $"DemoPlaybook.WorkOfStage has no step for {stage}.");
    }
}
