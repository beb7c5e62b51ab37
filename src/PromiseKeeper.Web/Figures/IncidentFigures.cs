using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Figures;

/// <summary>
/// One incident's handling figures as the domain computes them (severity, mistakes A–E, time to tell, the offer-to-loss
/// ratio, blame findings), kept as plain columns so the dashboard, the list's filters and the client's standing can count
/// and filter them in SQL at a million incidents instead of loading aggregates. One row per incident, written only by
/// <see cref="IncidentFiguresRefresh"/> (at most one scheduler interval behind); no row yet means "not computed yet".
/// </summary>
public sealed class IncidentFigures
{
    public long IncidentId { get; set; }

    public Severity Severity { get; set; }

    /// <summary>The severity's total points (relationship + damage + handling).</summary>
    public int SeverityPoints { get; set; }

    public bool MistakeA { get; set; }

    public bool MistakeB { get; set; }

    public bool MistakeC { get; set; }

    public bool MistakeD { get; set; }

    public bool MistakeE { get; set; }

    /// <summary>How many of A–E were found.</summary>
    public int MistakeCount { get; set; }

    /// <summary>From discovery until the client heard of it (from us or otherwise); null while the client has not been told.</summary>
    public int? TimeToTellMinutes { get; set; }

    /// <summary>We told the client before they found out another way.</summary>
    public bool ToldFirst { get; set; }

    /// <summary>
    /// The offer's value to the client divided by the largest known loss, as the proportionality check compares them
    /// (rounded down to 4 decimals: below 0.1 exactly when the page warns); null when they cannot be compared.
    /// </summary>
    public decimal? OfferToLossRatio { get; set; }

    /// <summary>Client-facing texts marked as sent: the call request or the email instead of a call, the recap.</summary>
    public int ClientTextsSent { get; set; }

    /// <summary>Blame findings in the texts that were sent.</summary>
    public int BlameFindingsSent { get; set; }

    /// <summary>When these figures were computed (the app's clock).</summary>
    public DateTimeOffset ComputedAt { get; set; }
}
