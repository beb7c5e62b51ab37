namespace PromiseKeeper.Web.Data;

/// <summary>What an audit entry records. Stored by name, so reordering or adding values never changes old rows.</summary>
public enum AuditAction
{
    SignInSucceeded,
    SignInFailed,
    SignInLockedOut,
    SignInRefusedInactive,
    ContractIncidentViewed,
    LegalReviewRecorded,
    RetroApproved,
    RetroSentBack,
    IncidentReassigned,
    IncidentRecordCorrected,
    UserCreated,
    UserChanged,
    UserDeactivated,
    UserReactivated,
    PasswordReset,
    TeamCreated,
    TeamChanged,
    TeamClocksChanged,
    ClientSlaChanged,
    ClientContactAdded,
    ClientContactChanged,
    ClientContactDeactivated,
    ClientContactReactivated,
    ClientRelationshipChanged,
}
