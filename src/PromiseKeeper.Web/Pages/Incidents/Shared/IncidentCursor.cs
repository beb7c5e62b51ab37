using System.Globalization;

namespace PromiseKeeper.Web.Pages.Incidents.Shared;

/// <summary>
/// A position in the incident list, which is ordered by (DiscoveredAt DESC, Id DESC).
/// Written into links as "ticks.id"; a cursor that does not parse is treated as "from the start".
/// </summary>
public readonly record struct IncidentCursor(DateTimeOffset DiscoveredAt, long Id)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{DiscoveredAt.UtcTicks}.{Id}");

    public static IncidentCursor? Parse(string? text)
    {
        var parts = text?.Split('.');
        if (parts is not [var ticksText, var idText]
            || !long.TryParse(ticksText, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || !long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return null;
        }

        return new IncidentCursor(new DateTimeOffset(ticks, TimeSpan.Zero), id);
    }
}
