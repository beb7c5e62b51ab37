namespace PromiseKeeper.Domain.Incidents;

/// <summary>How the account manager acknowledged the broken promise in the conversation.</summary>
public enum Acknowledgement
{
    /// <summary>Nothing was acknowledged.</summary>
    None = 0,

    /// <summary>A sincere apology, on behalf of the company and personally: for our own fault.</summary>
    Apology = 1,

    /// <summary>Regret for what happened, standing on the client's side: when someone else caused it.</summary>
    Regret = 2,

    /// <summary>The cause was clarified once, without accepting blame, and the talk moved on to what we do now.</summary>
    ClarifiedAndMovedOn = 3,
}
