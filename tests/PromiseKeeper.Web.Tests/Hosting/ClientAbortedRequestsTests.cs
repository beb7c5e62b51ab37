using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace PromiseKeeper.Web.Tests.Hosting;

/// <summary>A client that goes away mid-request ends the request quietly (499); a cancellation while it waits stays a fault.</summary>
public sealed class ClientAbortedRequestsTests
{
    [Fact]
    public async Task Work_cancelled_because_the_client_went_away_ends_with_499_and_no_exception()
    {
        using var aborted = new CancellationTokenSource();
        var context = new DefaultHttpContext { RequestAborted = aborted.Token };

        await ClientAbortedRequests.InvokeAsync(context, async http =>
        {
            await aborted.CancelAsync();
            http.RequestAborted.ThrowIfCancellationRequested();
        }, NullLogger.Instance);

        Assert.Equal(ClientAbortedRequests.Status, context.Response.StatusCode);
    }

    [Fact]
    public async Task A_cancellation_while_the_client_still_waits_is_a_fault_for_the_error_pages()
    {
        var context = new DefaultHttpContext();

        await Assert.ThrowsAsync<TaskCanceledException>(() =>
            ClientAbortedRequests.InvokeAsync(context, _ => throw new TaskCanceledException("A command timed out."), NullLogger.Instance));
    }

    [Fact]
    public async Task Other_faults_go_on_to_the_error_pages()
    {
        using var aborted = new CancellationTokenSource();
        await aborted.CancelAsync();
        var context = new DefaultHttpContext { RequestAborted = aborted.Token };

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ClientAbortedRequests.InvokeAsync(context, _ => throw new InvalidOperationException("A bug."), NullLogger.Instance));
    }
}
