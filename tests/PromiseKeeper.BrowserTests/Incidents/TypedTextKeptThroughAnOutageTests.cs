using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PromiseKeeper.BrowserTests.Infrastructure;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace PromiseKeeper.BrowserTests.Incidents;

/// <summary>
/// The database stops answering while someone writes in a playbook form: the save answers 503, and what they typed is
/// put back into the form when they open it again (form-drafts.js), once. A second app instance reaches the database
/// through a relay the test switches off, so the shared app of the other tests is not disturbed.
/// </summary>
public sealed class TypedTextKeptThroughAnOutageTests(BrowserAppFixture app) : BrowserTest(app)
{
    private const string Restored = "What you typed before it could not be saved is back in this form. Check it and save again.";

    [Fact]
    public Task Text_typed_into_a_playbook_form_while_the_database_is_down_comes_back_into_the_form() => RunAsync(async () =>
    {
        var id = await TestIncidents.AddAsync(
            App.Services, AccountManager, Unique.Text("Depot report late, saved during an outage"), PlaybookStage.InvestigateOrigin, doWorkOfStage: false);
        var (proxy, relayed) = TcpProxy.For(App.Services.GetRequiredService<IConfiguration>().GetConnectionString("PromiseKeeper")!);
        await using var relay = proxy;
        proxy.Start();
        var (instance, baseUrl) = App.StartAnotherInstance(relayed);
        await using var second = instance;
        var findings = Unique.Text("The date came from an old price list nobody checked");
        var goals = Unique.Text("Quarter closed with the depot figures");

        await SignInAsync();
        var origin = $"{baseUrl}/Incidents/{id}/Origin";
        await Page.GotoAsync(origin);
        await Page.GetByLabel("How the promise came about").FillAsync(findings);
        await Page.GetByLabel("The client's original goals").FillAsync(goals);
        proxy.Stop();
        var answer = await Page.RunAndWaitForResponseAsync(
            () => Page.GetByRole(AriaRole.Button, new() { Name = "Save where the promise came from" }).ClickAsync(),
            response => response.Request.Method == "POST" && response.Url == origin);

        Assert.Equal(503, answer.Status);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "The database is not answering" })).ToBeVisibleAsync();
        await Expect(Page.GetByText("What you typed is kept in this browser tab")).ToBeVisibleAsync();

        proxy.Start();
        await Page.GotoAsync(origin);
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = Restored })).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("How the promise came about")).ToHaveValueAsync(findings);
        await Expect(Page.GetByLabel("The client's original goals")).ToHaveValueAsync(goals);
        await ExpectAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save where the promise came from" }).ClickAsync();
        await Expect(Page.GetByText("Saved where the promise came from.")).ToBeVisibleAsync();

        // Put back once: the saved form shows what is saved, with no notice.
        await Page.GotoAsync(origin);
        await Expect(Page.GetByLabel("How the promise came about")).ToHaveValueAsync(findings);
        await Expect(Page.GetByText(Restored)).ToHaveCountAsync(0);
    });
}
