namespace PromiseKeeper.Domain.Incidents;

/// <summary>Where the promise was made.</summary>
public enum PromiseChannel
{
    ContractClause = 0,
    Email = 1,
    Call = 2,
    Meeting = 3,
    SalesMaterial = 4,
}
