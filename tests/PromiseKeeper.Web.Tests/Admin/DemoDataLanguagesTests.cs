using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Admin;

/// <summary>The demo has a client per language, each with an incident far enough along to have drafts in that language.</summary>
public sealed class DemoDataLanguagesTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task Each_language_has_a_demo_client()
    {
        await LoadDemoDataAsync();

        var languages = await App.WithDbAsync(db => db.Clients.AsNoTracking().Select(c => c.Language).Distinct().ToListAsync());
        Assert.Equal(Languages.All.Order(), languages.Order());
    }

    [Fact]
    public async Task The_russian_client_s_texts_are_written_in_russian()
    {
        await LoadDemoDataAsync();

        var incident = await SingleIncidentOfAsync("Балтийские Системы");
        Assert.Equal(PlaybookStage.FollowUpRecap, incident.Stage);
        Assert.StartsWith("То, что мы обещали Вам сдать", incident.ClientSentence, StringComparison.Ordinal);
        Assert.StartsWith("Наша команда бесплатно отработает", incident.Conversation!.Agreed, StringComparison.Ordinal);
        Assert.StartsWith("Сорок часов работы нашей команды", incident.Options.Single().ClientDescription, StringComparison.Ordinal);
        Assert.Contains("г., в ", incident.Call!.RequestEmail, StringComparison.Ordinal);
        Assert.Contains("\"Я понимаю, почему Вы расстроены.\"", incident.Call.CallPlan, StringComparison.Ordinal);
        Assert.Contains("\"Это наша ошибка, и она Вам дорого обошлась.", incident.Call.CallPlan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_slovenian_client_s_texts_are_written_in_slovenian()
    {
        await LoadDemoDataAsync();

        var incident = await SingleIncidentOfAsync("Lipa Trgovina d.o.o.");
        Assert.Equal(PlaybookStage.Conversation, incident.Stage);
        Assert.StartsWith("Funkcija, ki smo vam jo obljubili", incident.ClientSentence, StringComparison.Ordinal);
        Assert.StartsWith("Štirideset ur dela naše ekipe", incident.Options.Single().ClientDescription, StringComparison.Ordinal);
        Assert.Contains(", ob ", incident.Call!.RequestEmail, StringComparison.Ordinal);
        Assert.Contains("\"Razumem, zakaj ste razburjeni.\"", incident.Call.CallPlan, StringComparison.Ordinal);
        Assert.Contains("\"Resnično mi je žal, da se vam je to zgodilo. Vzrok je zunanji", incident.Call.CallPlan, StringComparison.Ordinal);
    }

    private Task<Incident> SingleIncidentOfAsync(string clientName) =>
        App.WithDbAsync(db => db.Incidents.AsNoTracking().Include(i => i.Options)
            .SingleAsync(i => i.ClientId == db.Clients.Single(c => c.Name == clientName).Id));

    private async Task LoadDemoDataAsync()
    {
        await using var scope = App.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoData>().LoadAsync(CancellationToken.None);
    }
}
