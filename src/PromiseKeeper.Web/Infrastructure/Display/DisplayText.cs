using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Infrastructure.Display;

/// <summary>
/// The words the pages use for the domain's enumerations, in the current UI language. They live in the domain's
/// <c>Texts/&lt;language&gt;/labels.txt</c> (see <see cref="Labels"/>).
/// </summary>
public static class DisplayText
{
    public static string Of(IncidentKind kind) => Labels.Of(kind);

    public static string Of(Fault fault) => Labels.Of(fault);

    /// <summary>The kind, or "not known yet" while the first stage leaves it open.</summary>
    public static string Of(IncidentKind? kind) => kind is { } known ? Of(known) : NotKnownYet;

    /// <summary>The fault, or "not known yet" while the first stage leaves it open.</summary>
    public static string Of(Fault? fault) => fault is { } known ? Of(known) : NotKnownYet;

    public static string NotKnownYet => Labels.Of("value", "not-known-yet");

    public static string Of(PromiseChannel channel) => Labels.Of(channel);

    public static string Of(FirstDisclosure disclosure) => Labels.Of(disclosure);

    public static string Of(PersonalHarm harm) => Labels.Of(harm);

    public static string Of(LoyaltyLevel loyalty) => Labels.Of(loyalty);

    public static string Of(BankStanding standing) => Labels.Of(standing);

    public static string Of(BankTrend trend) => Labels.Of(trend);

    public static string Of(BankEntryKind kind) => Labels.Of(kind);

    public static string Of(PlaybookStage stage) => StageNames.Of(stage);

    public static string Of(DamageKinds damage)
    {
        var names = new[] { DamageKinds.Delay, DamageKinds.QualityOrWrongResult, DamageKinds.Reputation }
            .Where(kind => damage.HasFlag(kind))
            .Select(kind => Labels.Of(kind))
            .ToList();
        return names.Count == 0 ? Labels.Of(DamageKinds.None) : string.Join(", ", names);
    }

    public static string Of(CompensationKind kind) => Labels.Of(kind);

    public static string Of(CallChannel channel) => Labels.Of(channel);

    public static string Of(GreetingForm greeting) => Labels.Of(greeting);

    public static string Of(Acknowledgement acknowledgement) => Labels.Of(acknowledgement);

    public static string Of(OfferResponse response) => Labels.Of(response);

    public static string Of(RootCauseCategory category) => Labels.Of(category);

    public static string Of(MeasureStatus status) => Labels.Of(status);

    public static string Of(RetroReviewStatus status) => Labels.Of(status);

    public static string Of(ClientTextKind text) => Labels.Of(text);

    public static string Of(Severity severity) => Labels.Of(severity);

    public static string Of(AuditAction action) => Labels.Of(action);

    public static string Of(LegalReviewStatus status) => Labels.Of(status);

    public static string Of(LegalDecision decision) => Labels.Of(decision);
}
