namespace PromiseKeeper.Domain.Incidents;

/// <summary>The derived severity with the factors behind it, so the page can show how it was reached.</summary>
public sealed record SeverityAssessment(Severity Level, int TotalPoints, IReadOnlyList<SeverityFactor> Factors);
