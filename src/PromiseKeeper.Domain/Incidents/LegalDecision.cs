namespace PromiseKeeper.Domain.Incidents;

/// <summary>What legal decided about a contract-linked incident.</summary>
public enum LegalDecision
{
    Approved = 1,
    ChangesRequired = 2,
}
