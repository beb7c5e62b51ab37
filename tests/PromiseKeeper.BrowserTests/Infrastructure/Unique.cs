namespace PromiseKeeper.BrowserTests.Infrastructure;

/// <summary>Texts of a test's own, so what one test adds is never mistaken for another test's (or another run's).</summary>
public static class Unique
{
    /// <summary><paramref name="text"/> with a short random tag, e.g. "Depot report late (3f9a1c2e)".</summary>
    public static string Text(string text) => $"{text} ({Tag()})";

    /// <summary>A short random tag of 8 hex digits.</summary>
    public static string Tag() => Guid.NewGuid().ToString("N")[..8];
}
