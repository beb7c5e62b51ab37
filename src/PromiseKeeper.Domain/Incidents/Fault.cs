namespace PromiseKeeper.Domain.Incidents;

/// <summary>Whose fault the broken promise is. Decides between an apology and an expression of regret.</summary>
public enum Fault
{
    Ours = 0,
    ThirdParty = 1,
    ForceMajeure = 2,
    Client = 3,
    Disputed = 4,
}
