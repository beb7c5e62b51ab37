using System.Globalization;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Domain.Texts;

/// <summary>
/// Ready-to-edit drafts for the client-facing steps of the playbook: asking for a call, the voicemail,
/// the plan for the conversation, the written message when a call is impossible, and the recap.
/// The wording lives in <c>Texts/&lt;language&gt;/draft-*.txt</c>; this class only turns the facts into values.
/// Emails start with a "Subject: ..." line, then a blank line, then the body.
/// </summary>
public static class Drafts
{
    public const string CallRequestEmailFile = "draft-call-request-email.txt";
    public const string VoicemailFile = "draft-voicemail.txt";
    public const string CallPlanFile = "draft-call-plan.txt";
    public const string EmailInsteadFile = "draft-email-instead.txt";
    public const string RecapFile = "draft-recap.txt";

    /// <summary>A short email asking for a call, proposing <see cref="DraftFacts.CallStartsAt"/> when it is set.</summary>
    public static string CallRequestEmail(DraftFacts facts, string language = TextResources.DefaultLanguage) =>
        Render(CallRequestEmailFile, facts, language);

    /// <summary>A 20–30 second voicemail: who calls, what about, please call back; no details of the failure.</summary>
    public static string VoicemailScript(DraftFacts facts, string language = TextResources.DefaultLanguage) =>
        Render(VoicemailFile, facts, language);

    /// <summary>The account manager's plan for the conversation; the third section depends on whose fault it is.</summary>
    public static string CallPlan(DraftFacts facts, string language = TextResources.DefaultLanguage) =>
        Render(CallPlanFile, facts, language);

    /// <summary>A careful, honest written message for when a call is impossible, still offering to talk.</summary>
    public static string EmailInstead(DraftFacts facts, string language = TextResources.DefaultLanguage) =>
        Render(EmailInsteadFile, facts, language);

    /// <summary>The follow-up after the conversation: what happened, what was agreed, next steps with owners and dates.</summary>
    public static string Recap(DraftFacts facts, string language = TextResources.DefaultLanguage) =>
        Render(RecapFile, facts, language);

    /// <summary>"Thursday 26 November 2026 at 14:00 (Europe/Ljubljana)": the time as the client reads it.</summary>
    /// <param name="startsAt">The moment the call starts.</param>
    /// <param name="timeZoneId">An IANA time zone id; without one the time is shown at its own UTC offset.</param>
    /// <exception cref="DomainException">The time zone id is not known.</exception>
    public static string FormatCallTime(DateTimeOffset startsAt, string? timeZoneId)
    {
        DateTimeOffset local;
        string label;
        if (string.IsNullOrWhiteSpace(timeZoneId))
        {
            local = startsAt;
            var offset = startsAt.Offset;
            label = offset == TimeSpan.Zero
                ? "UTC"
                : string.Create(CultureInfo.InvariantCulture, $"UTC{(offset < TimeSpan.Zero ? '-' : '+')}{offset:hh\\:mm}");
        }
        else
        {
            label = timeZoneId.Trim();
            local = TimeZoneInfo.ConvertTime(startsAt, FindTimeZone(label));
        }

        return string.Create(CultureInfo.InvariantCulture, $"{local:dddd d MMMM yyyy} at {local:HH:mm} ({label})");
    }

    /// <summary>"26 November 2026", with English month names whatever the server's culture.</summary>
    public static string FormatDate(DateOnly date) =>
        date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Render(string fileName, DraftFacts facts, string language)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return TextTemplate.Render(TextResources.Read(fileName, language), Values(facts));
    }

    private static Dictionary<string, object?> Values(DraftFacts facts)
    {
        var fault = facts.Fault;
        if (!Enum.IsDefined(fault))
        {
            throw new ArgumentOutOfRangeException(nameof(facts), fault, "The facts name a fault the drafts do not know.");
        }

        var callTime = facts.CallStartsAt is { } startsAt ? FormatCallTime(startsAt, facts.CallTimeZoneId) : null;
        var offer = facts.Offer.Select(OfferItem).ToList();
        var nextSteps = facts.NextSteps.Select(NextStepItem).ToList();

        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["ClientName"] = facts.ClientName.Trim(),
            ["ContactName"] = facts.ContactName.Trim(),
            ["OwnerName"] = facts.OwnerName.Trim(),
            ["Summary"] = facts.Summary.Trim(),
            ["PromiseDescription"] = facts.PromiseDescription.Trim(),
            ["PromisedOn"] = FormatDate(facts.PromisedOn),
            ["ClientGoals"] = facts.ClientGoals.Trim(),

            ["FaultIsOurs"] = fault == Fault.Ours,
            ["FaultIsThirdParty"] = fault == Fault.ThirdParty,
            ["FaultIsForceMajeure"] = fault == Fault.ForceMajeure,
            ["FaultIsThirdPartyOrForceMajeure"] = fault is Fault.ThirdParty or Fault.ForceMajeure,
            ["FaultIsClient"] = fault == Fault.Client,
            ["FaultIsDisputed"] = fault == Fault.Disputed,
            ["FaultIsDisputedOrClient"] = fault is Fault.Disputed or Fault.Client,

            ["HasOffer"] = offer.Count > 0,
            ["Offer"] = offer,

            ["HasCallTime"] = callTime is not null,
            ["CallTime"] = callTime,
            ["HasCallChannel"] = facts.CallChannel is not null,
            ["CallChannelText"] = ChannelText(facts.CallChannel),
            ["HasCallAttendees"] = !string.IsNullOrWhiteSpace(facts.CallAttendees),
            ["CallAttendees"] = facts.CallAttendees?.Trim(),

            ["HasOfferResponse"] = facts.OfferResponse is not null,
            ["OfferAccepted"] = facts.OfferResponse == OfferResponse.Accepted,
            ["OfferCountered"] = facts.OfferResponse == OfferResponse.Countered,
            ["OfferRejected"] = facts.OfferResponse == OfferResponse.Rejected,

            ["HasConversationSummary"] = !string.IsNullOrWhiteSpace(facts.ConversationSummary),
            ["ConversationSummary"] = facts.ConversationSummary?.Trim(),

            ["HasNextSteps"] = nextSteps.Count > 0,
            ["NextSteps"] = nextSteps,
        };
    }

    private static IReadOnlyDictionary<string, object?> OfferItem(OfferLine line) =>
        new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Description"] = line.Description.Trim(),
            ["HasValue"] = line.ValueToClient is not null,
            ["Value"] = line.ValueToClient?.ToString(),
        };

    private static IReadOnlyDictionary<string, object?> NextStepItem(NextStepLine step) =>
        new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["What"] = step.What.Trim(),
            ["Owner"] = step.Owner.Trim(),
            ["HasDue"] = step.Due is not null,
            ["Due"] = step.Due is { } due ? FormatDate(due) : null,
        };

    /// <summary>Completes "We can talk ...".</summary>
    private static string? ChannelText(CallChannel? channel) => channel switch
    {
        null => null,
        CallChannel.Phone => "by phone",
        CallChannel.Video => "on a video call",
        CallChannel.InPerson => "in person",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "The facts name a call channel the drafts do not know."),
    };

    private static TimeZoneInfo FindTimeZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            throw new DomainException($"The time zone \"{id}\" is not known. Use a name such as Europe/Ljubljana.");
        }
        catch (InvalidTimeZoneException)
        {
            throw new DomainException($"The time zone \"{id}\" cannot be read on this server. Use a name such as Europe/Ljubljana.");
        }
    }
}
