namespace PromiseKeeper.Domain.Incidents;

/// <summary>
/// One entry of the thread between the account manager and legal: a note, legal's decision on the incident,
/// or legal's decision on one text's wording. Who, when, what.
/// </summary>
/// <param name="Decision">Legal's decision, for a review; null for a plain note.</param>
/// <param name="AboutText">The client text a decision on wording is about; null for the incident as a whole.</param>
/// <param name="Text">What was written; null for a decision without a note.</param>
public sealed record LegalThreadEntry(
    DateTimeOffset At, string AuthorName, bool ByLegal, LegalDecision? Decision, ClientTextKind? AboutText, string? Text);
