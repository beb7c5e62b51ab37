namespace PromiseKeeper.Domain.Clients;

/// <summary>What moved the client's emotional bank account.</summary>
public enum BankEntryKind
{
    /// <summary>An incident was discovered: a withdrawal by its severity and its handling.</summary>
    Incident = 0,

    /// <summary>An incident was closed without mistakes and with the offer accepted: a deposit.</summary>
    WellHandled = 1,

    /// <summary>A prevention measure was done on time: a promise kept.</summary>
    PromiseKept = 2,

    /// <summary>A check-in was done.</summary>
    CheckInDone = 3,
}

/// <summary>Why an entry moved the balance: a text key of <c>bank-account.txt</c> and its points (negative = withdrawal).</summary>
public sealed record BankPart(string Key, int Points);

/// <summary>One change of the balance, with the parts behind it and the balance after it.</summary>
public sealed record BankEntry(DateTimeOffset At, BankEntryKind Kind, long IncidentId, IReadOnlyList<BankPart> Parts, int Change, int BalanceAfter);

/// <summary>The balance in words, from worst to best.</summary>
public enum BankStanding
{
    Overdrawn = 0,
    Strained = 1,
    Even = 2,
    InCredit = 3,
}

/// <summary>How the balance moved over the last <see cref="EmotionalBankAccount.TrendDays"/> days.</summary>
public enum BankTrend
{
    Down = 0,
    Flat = 1,
    Up = 2,
}
