namespace PromiseKeeper.Domain.Incidents;

/// <summary>One of the three factors of severity ("Relationship", "Damage", "Handling"), its points and why.</summary>
public sealed record SeverityFactor(string Name, int Points, string Reason);
