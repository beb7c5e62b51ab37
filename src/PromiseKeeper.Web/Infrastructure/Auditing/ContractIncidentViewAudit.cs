using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Infrastructure.Auditing;

/// <summary>
/// Records in the audit log every time a page shows a contract-linked incident (legal's exposure
/// depends on who saw what). Runs after the page handler, so only a page that was actually shown counts.
/// </summary>
public sealed class ContractIncidentViewAudit : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var executed = await next();
        if (executed.Exception is not null
            || !HttpMethods.IsGet(context.HttpContext.Request.Method)
            || executed.Result is not PageResult
            || context.HandlerInstance is not IShowsIncident { ShownIncident: { IsContractLinked: true } incident })
        {
            return;
        }

        var audit = context.HttpContext.RequestServices.GetRequiredService<IAuditLog>();
        await audit.RecordAsync(
            AuditAction.ContractIncidentViewed,
            AuditTexts.Opened(context.ActionDescriptor.ViewEnginePath),
            AuditSubject.Incident(incident.Id),
            incident.Id,
            context.HttpContext.RequestAborted);
    }
}
