using System.Globalization;

namespace PromiseKeeper.Web.Pages.Clients;

/// <summary>
/// The emotional bank account as a step line for an inline SVG: x is time (from the first day with a change to now), y the
/// balance at the end of each UTC day, with the zero line drawn. The numbers are in the table beside it; the chart only
/// shows the shape.
/// </summary>
public sealed record BankTrendChart(string Points, double ZeroY, int Highest, int Lowest)
{
    public const int Width = 600;
    public const int Height = 160;
    private const int Pad = 8;

    public static BankTrendChart Of(IReadOnlyList<BankDayBalance> days, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(days);
        var highest = Math.Max(0, days.Count == 0 ? 0 : days.Max(d => d.Balance));
        var lowest = Math.Min(0, days.Count == 0 ? 0 : days.Min(d => d.Balance));
        static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var start = days.Count == 0 ? now : StartOf(days[0].Day);
        var span = Math.Max(1, (now - start).TotalSeconds);
        var range = Math.Max(1, highest - lowest);
        double X(DateTimeOffset at) => Pad + ((Width - (2 * Pad)) * Math.Clamp((at - start).TotalSeconds / span, 0, 1));
        double Y(int balance) => Pad + ((Height - (2 * Pad)) * (highest - balance) / (double)range);

        var points = new List<string> { Point(X(start), Y(0)) };
        var balance = 0;
        foreach (var day in days)
        {
            points.Add(Point(X(StartOf(day.Day)), Y(balance)));
            balance = day.Balance;
            points.Add(Point(X(StartOf(day.Day)), Y(balance)));
        }

        points.Add(Point(X(now), Y(balance)));
        return new BankTrendChart(string.Join(' ', points), Y(0), highest, lowest);
    }

    private static string Point(double x, double y) => string.Create(CultureInfo.InvariantCulture, $"{x:0.#},{y:0.#}");
}
