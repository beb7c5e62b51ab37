namespace PromiseKeeper.Domain.Incidents;

/// <summary>How the call with the client is held.</summary>
public enum CallChannel
{
    Phone = 0,
    Video = 1,
    InPerson = 2,
}
