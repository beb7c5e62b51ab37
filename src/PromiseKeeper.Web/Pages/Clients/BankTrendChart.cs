using System.Globalization;
using PromiseKeeper.Domain.Clients;

namespace PromiseKeeper.Web.Pages.Clients;

/// <summary>
/// The emotional bank account as a step line for an inline SVG: x is time (from the first entry to now), y the balance,
/// with the zero line drawn. The numbers are in the table beside it; the chart only shows the shape.
/// </summary>
public sealed record BankTrendChart(string Points, double ZeroY, int Highest, int Lowest)
{
    public const int Width = 600;
    public const int Height = 160;
    private const int Pad = 8;

    public static BankTrendChart Of(IReadOnlyList<BankEntry> entries, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var highest = Math.Max(0, entries.Count == 0 ? 0 : entries.Max(e => e.BalanceAfter));
        var lowest = Math.Min(0, entries.Count == 0 ? 0 : entries.Min(e => e.BalanceAfter));
        var start = entries.Count == 0 ? now : entries[0].At;
        var span = Math.Max(1, (now - start).TotalSeconds);
        var range = Math.Max(1, highest - lowest);
        double X(DateTimeOffset at) => Pad + ((Width - (2 * Pad)) * Math.Clamp((at - start).TotalSeconds / span, 0, 1));
        double Y(int balance) => Pad + ((Height - (2 * Pad)) * (highest - balance) / (double)range);

        var points = new List<string> { Point(X(start), Y(0)) };
        var balance = 0;
        foreach (var entry in entries)
        {
            points.Add(Point(X(entry.At), Y(balance)));
            balance = entry.BalanceAfter;
            points.Add(Point(X(entry.At), Y(balance)));
        }

        points.Add(Point(X(now), Y(balance)));
        return new BankTrendChart(string.Join(' ', points), Y(0), highest, lowest);
    }

    private static string Point(double x, double y) => string.Create(CultureInfo.InvariantCulture, $"{x:0.#},{y:0.#}");
}
