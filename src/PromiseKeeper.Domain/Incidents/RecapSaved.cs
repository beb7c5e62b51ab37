namespace PromiseKeeper.Domain.Incidents;

/// <summary>Where the recap stands after saving it.</summary>
public enum RecapSaved
{
    Draft = 0,
    Sent = 1,

    /// <summary>Asked to mark it as sent, but legal has not approved this wording of a contract-linked incident's recap: saved as a draft and sent to legal.</summary>
    WaitsForLegal = 2,
}
