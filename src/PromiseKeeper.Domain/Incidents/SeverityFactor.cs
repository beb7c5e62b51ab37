using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

/// <summary>One of the three factors of severity ("Relationship", "Damage", "Handling"), its points and why.</summary>
public sealed record SeverityFactor(string Name, int Points, string Reason)
{
    /// <summary>The factor's name as the pages show it, in the current UI language.</summary>
    public string Label => Labels.Of("SeverityFactor", Name);
}
