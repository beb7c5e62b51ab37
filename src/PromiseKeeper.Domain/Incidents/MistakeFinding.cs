namespace PromiseKeeper.Domain.Incidents;

/// <summary>One of the five typical mistakes (A–E) that applies to an incident, with why it applies.</summary>
public sealed record MistakeFinding(char Letter, string Title, string Explanation, string Detail);
