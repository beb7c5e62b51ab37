namespace PromiseKeeper.Domain.Incidents;

/// <summary>A client-facing text as drafted (or sent) so far.</summary>
public sealed record ClientText(ClientTextKind Kind, string Text, bool IsSent);
