namespace PromiseKeeper.Web.Tests.Fixtures;

/// <summary>Waiting for something another thread or connection does: the condition is polled until a deadline.</summary>
public static class Poll
{
    /// <summary>Waits (up to 30 s) until <paramref name="condition"/> holds; fails the test otherwise.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting until {what}.");
            await Task.Delay(20);
        }
    }
}
