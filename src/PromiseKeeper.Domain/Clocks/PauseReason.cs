namespace PromiseKeeper.Domain.Clocks;

/// <summary>Why a clock stopped counting for a while: the next step waits on someone outside the account manager's hands.</summary>
public enum PauseReason
{
    WaitingOnLegal = 1,
    WaitingOnClient = 2,
}
