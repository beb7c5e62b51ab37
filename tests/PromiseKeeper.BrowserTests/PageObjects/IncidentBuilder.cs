using Microsoft.Playwright;
using PromiseKeeper.BrowserTests.Infrastructure;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.BrowserTests.PageObjects;

/// <summary>
/// An incident of a test's own at a given stage, owned by <paramref name="owner"/>: either seeded straight
/// into the database (<see cref="SeedAsync"/>, fast) or logged and walked there through the pages as a
/// person would (<see cref="LogThroughThePagesAsync"/>, with the owner signed in).
/// </summary>
public sealed class IncidentBuilder(IServiceProvider services, DemoData.DemoUser owner, string summary)
{
    private PlaybookStage _stage = PlaybookStage.InvestigateOrigin;
    private string? _contractReference;
    private int _daysAgo = 10;
    private bool _doWorkOfStage = true;

    /// <summary>The summary, made unique per run with a tag.</summary>
    public string Summary { get; } = Unique.Text(summary);

    public IncidentBuilder AtStage(PlaybookStage stage)
    {
        _stage = stage;
        return this;
    }

    /// <summary>Contract-linked: legal must approve it before the conversation.</summary>
    public IncidentBuilder ContractLinked(string reference)
    {
        _contractReference = reference;
        return this;
    }

    /// <summary>Seeded only: when it was discovered; the stages' work follows one hour apart.</summary>
    public IncidentBuilder DiscoveredDaysAgo(int days)
    {
        _daysAgo = days;
        return this;
    }

    /// <summary>Seeded only: the work of the target stage itself is left for the test to do.</summary>
    public IncidentBuilder WithoutTheStagesWork()
    {
        _doWorkOfStage = false;
        return this;
    }

    /// <summary>Puts the incident straight into the database with the real domain methods; returns its id.</summary>
    public Task<long> SeedAsync() =>
        TestIncidents.AddAsync(services, owner, Summary, _stage, _contractReference, _daysAgo, _doWorkOfStage);

    /// <summary>
    /// Logs the incident with the form and does each stage's work on its page until it is at the stage asked for
    /// (at most the internal retro, which a team lead has to approve; not past the call when contract-linked).
    /// </summary>
    /// <param name="now">"Now" as a wall-clock time in the browser's zone.</param>
    public async Task<IncidentPage> LogThroughThePagesAsync(IPage page, DateTime now)
    {
        if (_stage > PlaybookStage.InternalRetro || (_contractReference is not null && _stage > PlaybookStage.ScheduleCall))
        {
            throw new InvalidOperationException($"Walking to \"{StageNames.Of(_stage)}\" needs another person's approval: seed the incident instead.");
        }

        var form = new LogIncidentPage(page);
        await form.OpenAsync();
        var incident = await form.LogAsync(NewIncident.Create(Summary, owner.DisplayName, now) with
        {
            ContractReference = _contractReference,
            OurLoss = "20000",
        });
        for (var stage = PlaybookStage.InvestigateOrigin; stage < _stage; stage++)
        {
            await PlaybookSteps.DoWorkAsync(incident, stage, now);
            await incident.MoveOnAsync(stage + 1);
        }

        return incident;
    }
}
