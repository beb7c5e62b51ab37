using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Language;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Infrastructure.Localization;

namespace PromiseKeeper.Web.Pages.Incidents;

/// <summary>
/// Checks a client-facing text of an incident for blame language while it is typed (wwwroot/js/blame-check.js posts
/// the text, debounced): the client's language's word list plus the people on the incident's record. Answers the findings as JSON,
/// 400 with a message when the text is too long, 404 when the user may not see the incident. Saves nothing.
/// </summary>
public sealed class BlameCheckModel(IMediator mediator, IStringLocalizer<BlameCheckModel> localizer) : PageModel
{
    /// <summary>Longer than any client-facing text may be, so every text that can be saved can be checked.</summary>
    public const int TextMaxLength = 16_384;

    public async Task<IActionResult> OnPostAsync(long id, string? text, CancellationToken cancellationToken)
    {
        if (text is { Length: > TextMaxLength })
        {
            return new JsonResult(new
            {
                message = localizer["The text is too long to check ({0}); at most {1} can be checked.",
                    localizer.Plural(text.Length, "{0} character", "{0} characters"), TextMaxLength.ToString("N0", CultureInfo.CurrentCulture)].Value,
            })
            { StatusCode = StatusCodes.Status400BadRequest };
        }

        var findings = await mediator.Send(new Query(id, text ?? string.Empty), cancellationToken);
        return new JsonResult(new
        {
            phrases = localizer.Plural(findings.Count, "{0} phrase", "{0} phrases"),
            findings = findings.Select(f => new
            {
                category = f.Category.ToString(),
                label = BlameLanguage.Describe(f.Category),
                phrase = f.Phrase,
                start = f.Start,
                length = f.Length,
                explanation = f.Explanation,
            }),
        });
    }

    [AuthorizeRequest(RequestAccess.ReadIncident)]
    public sealed record Query(long Id, string Text) : IQuery<IReadOnlyList<BlameFinding>>, IIncidentRequest;

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user) : IQueryHandler<Query, IReadOnlyList<BlameFinding>>
    {
        public async ValueTask<IReadOnlyList<BlameFinding>> Handle(Query query, CancellationToken cancellationToken)
        {
            // Checked in the client's language: the text is written to them.
            var people = await (from i in db.Incidents.AsNoTracking().VisibleTo(user)
                                join c in db.Clients on i.ClientId equals c.Id
                                where i.Id == query.Id
                                select new { i.PromisedBy, i.FormerOwnerNames, i.DoNotSay, c.Language })
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException();
            return Incident.ClientTextCheckFor(people.PromisedBy, people.FormerOwnerNames, people.DoNotSay, people.Language).Check(query.Text);
        }
    }
}
