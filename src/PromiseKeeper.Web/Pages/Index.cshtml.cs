using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Web.Infrastructure.Localization;
using PromiseKeeper.Web.Pages.Home;

namespace PromiseKeeper.Web.Pages;

/// <summary>Everyone's home page: what waits on me, a section per role, most urgent first.</summary>
public sealed class IndexModel(IMediator mediator, IStringLocalizer<IndexModel> localizer) : PageModel
{
    public WaitingWork Work { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Work = await mediator.Send(new WaitingOnMeQuery(), cancellationToken);

    /// <summary>"3 days", "5 hours", "less than an hour": how long something has waited, in the reader's language.</summary>
    public string Waited(DateTimeOffset since)
    {
        var waited = Work.Now - since;
        if (waited.TotalDays >= 1)
        {
            return localizer.Plural((long)waited.TotalDays, "{0} day", "{0} days");
        }

        if (waited.TotalHours >= 1)
        {
            return localizer.Plural((long)waited.TotalHours, "{0} hour", "{0} hours");
        }

        return localizer["less than an hour"];
    }

    /// <summary>"overdue by 3 days", "due today", "due in 2 days".</summary>
    public string Due(DateOnly dueOn)
    {
        var days = dueOn.DayNumber - Work.Today.DayNumber;
        return days switch
        {
            < 0 => localizer.Plural(-days, "overdue by {0} day", "overdue by {0} days"),
            0 => localizer["due today"],
            _ => localizer.Plural(days, "due in {0} day", "due in {0} days"),
        };
    }
}
