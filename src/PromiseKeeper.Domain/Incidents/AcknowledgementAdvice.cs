namespace PromiseKeeper.Domain.Incidents;

/// <summary>What to acknowledge for a given fault, with a headline and guidance paragraphs for the page.</summary>
public sealed record AcknowledgementAdvice(Acknowledgement Recommended, string Headline, string Guidance);
