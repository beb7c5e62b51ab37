using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Domain.Clients;

/// <summary>
/// One incident of the client as the bank account reads it: when it was discovered, its figures (null while they are not
/// computed yet) and how it ended.
/// </summary>
/// <param name="Severity">The incident's severity; null while its figures are not computed yet.</param>
/// <param name="ToldLate">Mistake A: the client was not told in time.</param>
/// <param name="MistakeCount">How many of the mistakes A–E were found (A included).</param>
/// <param name="BlameFindingsSent">Blame findings in the client-facing texts that were sent.</param>
/// <param name="ClosedAt">When the incident was closed; null while it is open (or when it did not apply).</param>
/// <param name="OfferAccepted">The client accepted our offer in the conversation.</param>
public sealed record IncidentBankFacts(
    long IncidentId,
    DateTimeOffset DiscoveredAt,
    Severity? Severity,
    bool ToldLate,
    int MistakeCount,
    int BlameFindingsSent,
    DateTimeOffset? ClosedAt,
    bool OfferAccepted);

/// <summary>A prevention measure done on or before its due date (a promise kept), or a check-in done: each a deposit.</summary>
public sealed record KeptPromiseFacts(long IncidentId, DateTimeOffset DoneAt, BankEntryKind Kind);

/// <summary>
/// The counts the balance is a sum of, for a caller that adds them up in SQL (the clients list); the same arithmetic as
/// <see cref="EmotionalBankAccount.Entries"/> summed (<see cref="EmotionalBankAccount.BalanceOf"/>).
/// </summary>
/// <param name="BlameFindingsCounted">Blame findings in sent texts, each incident's counted up to <see cref="EmotionalBankAccount.MaxBlameFindingsPerIncident"/>.</param>
public sealed record BankAccountTotals(
    int LowIncidents,
    int MediumIncidents,
    int HighIncidents,
    int CriticalIncidents,
    int ToldLate,
    int OtherMistakes,
    int BlameFindingsCounted,
    int WellHandled,
    int PromisesKept,
    int CheckInsDone);
