using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Infrastructure.Display;

/// <summary>The words the pages use for the domain's enumerations.</summary>
public static class DisplayText
{
    public static string Of(IncidentKind kind) => kind switch
    {
        IncidentKind.MissedDeadline => "Missed deadline",
        IncidentKind.FeatureNotReady => "Promised feature not ready",
        IncidentKind.UnrealisticPromiseByColleague => "Unrealistic promise by a colleague",
        IncidentKind.PoorQualityOrWrongResult => "Poor quality or wrong result",
        IncidentKind.InsensitiveRemark => "Something insensitive was said",
        IncidentKind.ExpectationMismatch => "Expectations did not match the deliverable",
        IncidentKind.ResistedPlanChangeInClientCrisis => "We resisted a plan change the client's crisis needed",
        IncidentKind.ClientMistake => "The client's own mistake",
        _ => kind.ToString(),
    };

    public static string Of(Fault fault) => fault switch
    {
        Fault.Ours => "Ours",
        Fault.ThirdParty => "A third party's",
        Fault.ForceMajeure => "Force majeure",
        Fault.Client => "The client's",
        Fault.Disputed => "Disputed or unclear",
        _ => fault.ToString(),
    };

    public static string Of(PromiseChannel channel) => channel switch
    {
        PromiseChannel.ContractClause => "Contract (clause, SOW or SLA)",
        PromiseChannel.Email => "Email",
        PromiseChannel.Call => "Phone or video call",
        PromiseChannel.Meeting => "Meeting",
        PromiseChannel.SalesMaterial => "Sales material",
        _ => channel.ToString(),
    };

    public static string Of(FirstDisclosure disclosure) => disclosure switch
    {
        FirstDisclosure.WeToldTheClient => "We told the client",
        FirstDisclosure.ClientToldUs => "The client told us",
        FirstDisclosure.ClientHeardElsewhere => "The client heard it elsewhere",
        _ => disclosure.ToString(),
    };

    public static string Of(PersonalHarm harm) => harm switch
    {
        PersonalHarm.None => "None",
        PersonalHarm.Some => "Some: it makes them look bad internally",
        PersonalHarm.Serious => "Serious: their standing or job is at risk",
        _ => harm.ToString(),
    };

    public static string Of(LoyaltyLevel loyalty) => loyalty switch
    {
        LoyaltyLevel.Hostile => "Hostile",
        LoyaltyLevel.Cautious => "Cautious",
        LoyaltyLevel.Neutral => "Neutral",
        LoyaltyLevel.Loyal => "Loyal",
        LoyaltyLevel.Advocate => "Advocate",
        _ => loyalty.ToString(),
    };

    public static string Of(PlaybookStage stage) => StageNames.Of(stage);

    public static string Of(DamageKinds damage)
    {
        var names = new List<string>();
        if (damage.HasFlag(DamageKinds.Delay))
        {
            names.Add("Delay");
        }

        if (damage.HasFlag(DamageKinds.QualityOrWrongResult))
        {
            names.Add("Quality or wrong result");
        }

        if (damage.HasFlag(DamageKinds.Reputation))
        {
            names.Add("Reputation");
        }

        return names.Count == 0 ? "None recorded" : string.Join(", ", names);
    }

    public static string Of(CompensationKind kind) => kind switch
    {
        CompensationKind.Discount => "Discount",
        CompensationKind.FreeHours => "Free hours of work",
        CompensationKind.PlatformAccess => "Access to other parts of the platform",
        CompensationKind.QuickBuild => "Something the team can build quickly",
        CompensationKind.NewTimeline => "A new, realistic timeline",
        CompensationKind.Refund => "Refund",
        CompensationKind.Other => "Other",
        _ => kind.ToString(),
    };

    public static string Of(CallChannel channel) => channel switch
    {
        CallChannel.Phone => "Phone",
        CallChannel.Video => "Video call",
        CallChannel.InPerson => "In person",
        _ => channel.ToString(),
    };

    public static string Of(GreetingForm greeting) => greeting switch
    {
        GreetingForm.FirstName => "First name (Hello Dana)",
        GreetingForm.FullName => "Full name (Hello Dana Novak)",
        GreetingForm.TitleAndSurname => "Form of address and surname (Hello Dr Novak)",
        _ => greeting.ToString(),
    };

    public static string Of(Acknowledgement acknowledgement) => acknowledgement switch
    {
        Acknowledgement.None => "Neither: no apology or regret was expressed",
        Acknowledgement.Apology => "We apologised, for the company and personally",
        Acknowledgement.Regret => "We expressed regret and stood on the client's side",
        Acknowledgement.ClarifiedAndMovedOn => "We clarified the facts once and moved on to what happens next",
        _ => acknowledgement.ToString(),
    };

    public static string Of(OfferResponse response) => response switch
    {
        OfferResponse.Accepted => "Accepted the offer",
        OfferResponse.Countered => "Made a counter-proposal",
        OfferResponse.Rejected => "Rejected the offer",
        _ => response.ToString(),
    };

    public static string Of(RootCauseCategory category) => category switch
    {
        RootCauseCategory.PromiseWithoutCheckingCapacity => "Promised without checking we could deliver",
        RootCauseCategory.EstimationError => "Estimation error",
        RootCauseCategory.MissedHandover => "Something was lost in a handover",
        RootCauseCategory.UnclearRequirements => "Unclear requirements",
        RootCauseCategory.QualityProcessGap => "Gap in quality checks",
        RootCauseCategory.ThirdPartyDependency => "Dependency on a third party",
        RootCauseCategory.CommunicationGap => "Communication gap",
        RootCauseCategory.Other => "Other",
        _ => category.ToString(),
    };

    public static string Of(MeasureStatus status) => status switch
    {
        MeasureStatus.Planned => "Planned",
        MeasureStatus.InProgress => "In progress",
        MeasureStatus.Done => "Done",
        _ => status.ToString(),
    };

    public static string Of(RetroReviewStatus status) => status switch
    {
        RetroReviewStatus.Draft => "Draft, not submitted yet",
        RetroReviewStatus.Submitted => "Waiting for a team lead's review",
        RetroReviewStatus.Approved => "Approved",
        RetroReviewStatus.SentBack => "Sent back for changes",
        _ => status.ToString(),
    };

    public static string Of(ClientTextKind text) => text switch
    {
        ClientTextKind.CallRequestEmail => "the email asking for the call",
        ClientTextKind.VoicemailScript => "the voicemail script",
        ClientTextKind.CallPlan => "the call plan",
        ClientTextKind.EmailInsteadOfCall => "the message sent instead of a call",
        ClientTextKind.Recap => "the recap",
        _ => text.ToString(),
    };

    public static string Of(Severity severity) => severity switch
    {
        Severity.Low => "Low",
        Severity.Medium => "Medium",
        Severity.High => "High",
        Severity.Critical => "Critical",
        _ => severity.ToString(),
    };

    public static string Of(AuditAction action) => action switch
    {
        AuditAction.SignInSucceeded => "Signed in",
        AuditAction.SignInFailed => "Sign-in failed",
        AuditAction.SignInLockedOut => "Sign-in refused: account locked",
        AuditAction.SignInRefusedInactive => "Sign-in refused: account deactivated",
        AuditAction.ContractIncidentViewed => "Viewed a contract-linked incident",
        AuditAction.LegalReviewRecorded => "Recorded a legal review",
        AuditAction.RetroApproved => "Approved a retro",
        AuditAction.RetroSentBack => "Sent a retro back",
        AuditAction.IncidentReassigned => "Reassigned an incident",
        AuditAction.IncidentRecordCorrected => "Corrected an incident's record",
        AuditAction.UserCreated => "Created a user",
        AuditAction.UserChanged => "Changed a user",
        AuditAction.UserDeactivated => "Deactivated a user",
        AuditAction.UserReactivated => "Reactivated a user",
        AuditAction.PasswordReset => "Reset a password",
        AuditAction.TeamCreated => "Created a team",
        AuditAction.TeamChanged => "Changed a team",
        _ => action.ToString(),
    };

    public static string Of(LegalReviewStatus status) => status switch
    {
        LegalReviewStatus.NotNeeded => "Not needed: no contract is involved",
        LegalReviewStatus.Awaiting => "Waiting for legal's review",
        LegalReviewStatus.Approved => "Approved by legal",
        LegalReviewStatus.ChangesRequired => "Legal asked for changes",
        _ => status.ToString(),
    };

    public static string Of(LegalDecision decision) => decision switch
    {
        LegalDecision.Approved => "Approved",
        LegalDecision.ChangesRequired => "Changes required",
        _ => decision.ToString(),
    };
}
