namespace PromiseKeeper.Domain.Incidents;

/// <summary>What closing an incident does with the check-ins still open: nothing closes without this choice.</summary>
public enum OpenCheckInsOnClose
{
    /// <summary>They are no longer needed: closed with the incident.</summary>
    Close = 1,

    /// <summary>They stay planned: the client still hears from us on those dates.</summary>
    Keep = 2,
}
