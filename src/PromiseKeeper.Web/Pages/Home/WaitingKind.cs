namespace PromiseKeeper.Web.Pages.Home;

/// <summary>What kind of work waits on the reader. The names are the "Kind" column of <see cref="WaitingWorkSql"/>.</summary>
public enum WaitingKind
{
    /// <summary>An account manager's open incident: the work of its current stage.</summary>
    NextStep,

    /// <summary>Legal asked the account manager for changes.</summary>
    LegalChangesAsked,

    /// <summary>The team lead sent the account manager's retro back.</summary>
    RetroSentBack,

    /// <summary>A check-in planned for today or earlier, not held yet.</summary>
    CheckInDue,

    /// <summary>A prevention measure on the account manager's incident whose owner is still free text, overdue or due within a week.</summary>
    MeasureDue,

    /// <summary>A contract-linked incident in legal's queue.</summary>
    LegalReview,

    /// <summary>A submitted retro of the lead's team.</summary>
    RetroToReview,

    /// <summary>An overdue prevention measure in the lead's team.</summary>
    TeamMeasureOverdue,

    /// <summary>An open incident of the lead's team where typical mistakes (A-E) were found.</summary>
    MistakesFound,

    /// <summary>An open incident of the lead's team whose account manager was deactivated: it needs a new one.</summary>
    OwnerDeactivated,

    /// <summary>A team with no active team lead.</summary>
    TeamWithoutLead,

    /// <summary>A deactivated user who still owns open incidents.</summary>
    DeactivatedOwner,

    /// <summary>A prevention measure given to the reader (any team's incident), not done yet.</summary>
    MeasureOwned,

    /// <summary>A check-in given to the reader (any team's incident), planned for today or earlier, not held yet.</summary>
    CheckInOwned,

    /// <summary>A stage clock of an open incident of the lead's team that warns or breached (not paused).</summary>
    ClockAtRisk,

    /// <summary>A submitted retro of any team, waiting for its team lead (a head of customer success follows them).</summary>
    RetroAwaitingLead,

    /// <summary>A breached stage clock (not paused) of an open incident of any team.</summary>
    ClockBreached,
}

/// <summary>The home page's sections, one per role, in the order they show.</summary>
public enum WaitingSection
{
    MyIncidents,

    /// <summary>Measures and check-ins given to the reader, whatever their roles; shown only when there are some.</summary>
    Owned,
    Legal,
    Team,

    /// <summary>A head of customer success's view over every team: what waits on the leads, what breached.</summary>
    EveryTeam,
    Admin,
}

public static class WaitingKinds
{
    public static WaitingSection SectionOf(WaitingKind kind) => kind switch
    {
        WaitingKind.NextStep or WaitingKind.LegalChangesAsked or WaitingKind.RetroSentBack
            or WaitingKind.CheckInDue or WaitingKind.MeasureDue => WaitingSection.MyIncidents,
        WaitingKind.LegalReview => WaitingSection.Legal,
        WaitingKind.RetroToReview or WaitingKind.TeamMeasureOverdue or WaitingKind.MistakesFound
            or WaitingKind.OwnerDeactivated or WaitingKind.ClockAtRisk => WaitingSection.Team,
        WaitingKind.TeamWithoutLead or WaitingKind.DeactivatedOwner => WaitingSection.Admin,
        WaitingKind.MeasureOwned or WaitingKind.CheckInOwned => WaitingSection.Owned,
        WaitingKind.RetroAwaitingLead or WaitingKind.ClockBreached => WaitingSection.EveryTeam,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
