using System.Globalization;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Domain.Texts;

/// <summary>One offered option as a draft words it.</summary>
/// <param name="Value">The value to the client, formatted; null when <paramref name="HasValue"/> is false.</param>
public sealed record OfferItem(string Description, bool HasValue, string? Value);

/// <summary>One next step as a draft words it.</summary>
/// <param name="Due">The due date, formatted; null when <paramref name="HasDue"/> is false.</param>
public sealed record NextStepItem(string What, string Owner, bool HasDue, string? Due);

/// <summary>
/// Everything a draft template (call request, voicemail, call plan, email instead, recap) may name, decided from
/// <see cref="DraftFacts"/>: trimmed names, dates and times worded in English, one flag per choice the wording depends on.
/// A value that does not apply is null, and its <c>Has…</c> flag is false: templates read it only under that flag,
/// because rendering treats a null value as missing and fails.
/// </summary>
public sealed record DraftValues
{
    public required string ClientName { get; init; }

    public required string ContactName { get; init; }

    public required string OwnerName { get; init; }

    public required string Summary { get; init; }

    public required string PromiseDescription { get; init; }

    /// <summary>"1 March 2025".</summary>
    public required string PromisedOn { get; init; }

    public required string ClientGoals { get; init; }

    public required bool FaultIsOurs { get; init; }

    public required bool FaultIsThirdParty { get; init; }

    public required bool FaultIsForceMajeure { get; init; }

    public required bool FaultIsThirdPartyOrForceMajeure { get; init; }

    public required bool FaultIsClient { get; init; }

    public required bool FaultIsDisputed { get; init; }

    public required bool FaultIsDisputedOrClient { get; init; }

    public required bool HasOffer { get; init; }

    public required IReadOnlyList<OfferItem> Offer { get; init; }

    public required bool HasCallTime { get; init; }

    /// <summary>"Thursday 3 December 2026 at 14:00 (Europe/Ljubljana)", see <see cref="FormatCallTime"/>.</summary>
    public required string? CallTime { get; init; }

    public required bool HasCallChannel { get; init; }

    /// <summary>Completes "We can talk ...": "by phone", "on a video call", "in person".</summary>
    public required string? CallChannelText { get; init; }

    public required bool HasCallAttendees { get; init; }

    public required string? CallAttendees { get; init; }

    public required bool HasOfferResponse { get; init; }

    public required bool OfferAccepted { get; init; }

    public required bool OfferCountered { get; init; }

    public required bool OfferRejected { get; init; }

    public required bool HasConversationSummary { get; init; }

    public required string? ConversationSummary { get; init; }

    public required bool HasNextSteps { get; init; }

    public required IReadOnlyList<NextStepItem> NextSteps { get; init; }

    /// <summary>The values for <paramref name="facts"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The facts name a fault or call channel the drafts do not know.</exception>
    /// <exception cref="DomainException">The call's time zone is not known.</exception>
    public static DraftValues From(DraftFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var fault = facts.Fault;
        if (!Enum.IsDefined(fault))
        {
            throw new ArgumentOutOfRangeException(nameof(facts), fault, "The facts name a fault the drafts do not know.");
        }

        var callTime = facts.CallStartsAt is { } startsAt ? FormatCallTime(startsAt, facts.CallTimeZoneId) : null;
        var attendees = Present(facts.CallAttendees);
        var conversationSummary = Present(facts.ConversationSummary);
        return new DraftValues
        {
            ClientName = facts.ClientName.Trim(),
            ContactName = facts.ContactName.Trim(),
            OwnerName = facts.OwnerName.Trim(),
            Summary = facts.Summary.Trim(),
            PromiseDescription = facts.PromiseDescription.Trim(),
            PromisedOn = FormatDate(facts.PromisedOn),
            ClientGoals = facts.ClientGoals.Trim(),

            FaultIsOurs = fault == Fault.Ours,
            FaultIsThirdParty = fault == Fault.ThirdParty,
            FaultIsForceMajeure = fault == Fault.ForceMajeure,
            FaultIsThirdPartyOrForceMajeure = fault is Fault.ThirdParty or Fault.ForceMajeure,
            FaultIsClient = fault == Fault.Client,
            FaultIsDisputed = fault == Fault.Disputed,
            FaultIsDisputedOrClient = fault is Fault.Disputed or Fault.Client,

            HasOffer = facts.Offer.Count > 0,
            Offer = [.. facts.Offer.Select(o => new OfferItem(o.Description.Trim(), o.ValueToClient is not null, o.ValueToClient?.ToString()))],

            HasCallTime = callTime is not null,
            CallTime = callTime,
            HasCallChannel = facts.CallChannel is not null,
            CallChannelText = ChannelText(facts.CallChannel),
            HasCallAttendees = attendees is not null,
            CallAttendees = attendees,

            HasOfferResponse = facts.OfferResponse is not null,
            OfferAccepted = facts.OfferResponse == OfferResponse.Accepted,
            OfferCountered = facts.OfferResponse == OfferResponse.Countered,
            OfferRejected = facts.OfferResponse == OfferResponse.Rejected,

            HasConversationSummary = conversationSummary is not null,
            ConversationSummary = conversationSummary,

            HasNextSteps = facts.NextSteps.Count > 0,
            NextSteps = [.. facts.NextSteps.Select(s => new NextStepItem(s.What.Trim(), s.Owner.Trim(), s.Due is not null, s.Due is { } due ? FormatDate(due) : null))],
        };
    }

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
            local = LocalTimes.InZone(startsAt, TimeZoneIds.Find(label)
                ?? throw new DomainException($"The time zone \"{label}\" is not known. Use a name such as Europe/Ljubljana."));
        }

        return string.Create(CultureInfo.InvariantCulture, $"{local:dddd d MMMM yyyy} at {local:HH:mm} ({label})");
    }

    /// <summary>"26 November 2026", with English month names whatever the server's culture.</summary>
    public static string FormatDate(DateOnly date) =>
        date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string? Present(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string? ChannelText(CallChannel? channel) => channel switch
    {
        null => null,
        CallChannel.Phone => "by phone",
        CallChannel.Video => "on a video call",
        CallChannel.InPerson => "in person",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "The facts name a call channel the drafts do not know."),
    };
}
