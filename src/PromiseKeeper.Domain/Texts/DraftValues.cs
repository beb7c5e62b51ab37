using System.Globalization;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Domain.Texts;

/// <summary>One offered option as a draft words it.</summary>
/// <param name="HasDescription">False for an option without a description for the client: the draft leaves a placeholder.</param>
/// <param name="Value">The value to the client, formatted; null when <paramref name="HasValue"/> is false (no money value, or nothing).</param>
public sealed record OfferItem(bool HasDescription, string? Description, bool HasValue, string? Value);

/// <summary>
/// Everything a client-facing draft template (call request, voicemail, email instead, recap) may name, decided from
/// <see cref="DraftFacts"/>, which holds only client fields: trimmed names, dates, times and money worded in the client's
/// language (<see cref="DraftWords"/>), one flag per choice the wording depends on. A value that does not apply is null, and its <c>Has…</c> flag is false: templates read
/// it only under that flag, because rendering treats a null value as missing and fails.
/// </summary>
public sealed record DraftValues
{
    public required string ClientName { get; init; }

    public required string ContactName { get; init; }

    /// <summary>The contact as the greeting names them: "Dana", "Dana Novak" or "Dr Novak".</summary>
    public required string GreetingName { get; init; }

    public required string OwnerName { get; init; }

    public required bool HasOwnerPhone { get; init; }

    public required string? OwnerPhone { get; init; }

    public required bool HasClientSentence { get; init; }

    /// <summary>What went wrong, as written for the client.</summary>
    public required string? ClientSentence { get; init; }

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

    /// <summary>"half an hour", "15 minutes", "45 minutes", "an hour": the same length the invitation blocks.</summary>
    public required string CallLengthText { get; init; }

    public required bool HasMeetingLink { get; init; }

    public required string? MeetingLink { get; init; }

    public required bool HasOfferResponse { get; init; }

    public required bool OfferAccepted { get; init; }

    public required bool OfferCountered { get; init; }

    public required bool OfferRejected { get; init; }

    public required bool HasAgreed { get; init; }

    /// <summary>What was agreed, as written to the client.</summary>
    public required string? Agreed { get; init; }

    public required bool HasUpdateDays { get; init; }

    /// <summary>"3 March 2027", one per planned check-in.</summary>
    public required IReadOnlyList<string> UpdateDays { get; init; }

    /// <summary>The values for <paramref name="facts"/>, worded in the client's language (<see cref="DraftFacts.Language"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The facts name a fault, greeting or call channel the drafts do not know.</exception>
    /// <exception cref="DomainException">The call's time zone is not known.</exception>
    public static DraftValues From(DraftFacts facts) => From(facts, facts?.Language ?? Languages.English);

    /// <summary>The values for <paramref name="facts"/>, with dates, times, lengths and money worded in <paramref name="language"/>.</summary>
    /// <inheritdoc cref="From(DraftFacts)" path="/exception"/>
    public static DraftValues From(DraftFacts facts, string language)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var fault = facts.Fault;
        if (!Enum.IsDefined(fault))
        {
            throw new ArgumentOutOfRangeException(nameof(facts), fault, "The facts name a fault the drafts do not know.");
        }

        var callTime = facts.CallStartsAt is { } startsAt ? FormatCallTime(startsAt, facts.CallTimeZoneId, language) : null;
        var phone = Present(facts.OwnerPhone);
        var sentence = Present(facts.ClientSentence);
        var link = Present(facts.MeetingLink) is { } typed && MeetingLinks.IsWebAddress(typed) ? typed : null;
        var agreed = Present(facts.Agreed);
        return new DraftValues
        {
            ClientName = facts.ClientName.Trim(),
            ContactName = facts.ContactName.Trim(),
            GreetingName = Greeting(facts.ContactName, facts.Greeting, facts.ContactTitle),
            OwnerName = facts.OwnerName.Trim(),
            HasOwnerPhone = phone is not null,
            OwnerPhone = phone,
            HasClientSentence = sentence is not null,
            ClientSentence = sentence,

            FaultIsOurs = fault == Fault.Ours,
            FaultIsThirdParty = fault == Fault.ThirdParty,
            FaultIsForceMajeure = fault == Fault.ForceMajeure,
            FaultIsThirdPartyOrForceMajeure = fault is Fault.ThirdParty or Fault.ForceMajeure,
            FaultIsClient = fault == Fault.Client,
            FaultIsDisputed = fault == Fault.Disputed,
            FaultIsDisputedOrClient = fault is Fault.Disputed or Fault.Client,

            HasOffer = facts.Offer.Count > 0,
            Offer = [.. facts.Offer.Select(o => OfferItemOf(Present(o.ClientDescription), o.ValueToClient, language))],

            HasCallTime = callTime is not null,
            CallTime = callTime,
            HasCallChannel = facts.CallChannel is not null,
            CallChannelText = DraftWords.Channel(facts.CallChannel, language),
            CallLengthText = DraftWords.Length(facts.CallLength ?? ScheduledCall.DefaultLength, language),
            HasMeetingLink = link is not null,
            MeetingLink = link,

            HasOfferResponse = facts.OfferResponse is not null,
            OfferAccepted = facts.OfferResponse == OfferResponse.Accepted,
            OfferCountered = facts.OfferResponse == OfferResponse.Countered,
            OfferRejected = facts.OfferResponse == OfferResponse.Rejected,

            HasAgreed = agreed is not null,
            Agreed = agreed,

            HasUpdateDays = facts.UpdateDays.Count > 0,
            UpdateDays = [.. facts.UpdateDays.Order().Distinct().Select(d => DraftWords.Date(d, language))],
        };
    }

    /// <summary>An option's value is shown only when it is worth something: a zero (from before values could be left empty) reads as none.</summary>
    internal static OfferItem OfferItemOf(string? description, Money? value, string language)
    {
        var shown = value is { Amount: > 0 } ? DraftWords.Money(value, language) : null;
        return new OfferItem(description is not null, description, shown is not null, shown);
    }

    /// <summary>"Dana" (first name), "Dana Novak" (full name) or "Dr Novak" (form of address and surname), from the contact's name as recorded.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An unknown greeting form.</exception>
    public static string Greeting(string contactName, GreetingForm form, string? title)
    {
        ArgumentNullException.ThrowIfNull(contactName);
        var parts = contactName.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var full = string.Join(' ', parts);
        return form switch
        {
            GreetingForm.FullName => full,
            GreetingForm.FirstName => parts.Length > 0 ? parts[0] : full,
            GreetingForm.TitleAndSurname => Present(title) is { } t && parts.Length > 0 ? $"{t} {parts[^1]}" : full,
            _ => throw new ArgumentOutOfRangeException(nameof(form), form, "The facts name a greeting the drafts do not know."),
        };
    }

    /// <inheritdoc cref="DraftWords.Length"/>
    public static string LengthText(TimeSpan length, string language = Languages.English) => DraftWords.Length(length, language);

    /// <summary>"Thursday 26 November 2026 at 14:00 (Europe/Ljubljana)": the time as the client reads it.</summary>
    /// <param name="startsAt">The moment the call starts.</param>
    /// <param name="timeZoneId">An IANA time zone id; without one the time is shown at its own UTC offset.</param>
    /// <param name="language">The language the time is worded in (<see cref="DraftWords.CallTime"/>).</param>
    /// <exception cref="DomainException">The time zone id is not known.</exception>
    public static string FormatCallTime(DateTimeOffset startsAt, string? timeZoneId, string language = Languages.English)
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
                ?? throw new DomainException(Messages.Of("time.unknown-zone", ("Zone", label))));
        }

        return DraftWords.CallTime(local, label, language);
    }

    /// <summary>"26 November 2026" in English whatever the server's culture; in <paramref name="language"/> when given.</summary>
    public static string FormatDate(DateOnly date, string language = Languages.English) => DraftWords.Date(date, language);

    private static string? Present(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
