using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

/// <summary>The call with the client as planned (stage 3), with the texts that prepare it.</summary>
public sealed record CallDetails
{
    public const int AttendeesMaxLength = 1000;
    public const int ClientTextMaxLength = 10_000;
    public const int MeetingLinkMaxLength = 500;

    /// <summary>The lengths a call may be planned for, in minutes.</summary>
    public static readonly IReadOnlyList<int> Lengths = [15, 30, 45, 60];

    public const int DefaultLengthMinutes = 30;

    public DateTimeOffset? StartsAt { get; init; }

    /// <summary>The IANA time zone the call was planned in, e.g. Europe/Ljubljana.</summary>
    public string? TimeZoneId { get; init; }

    public CallChannel? Channel { get; init; }

    public string? Attendees { get; init; }

    /// <summary>How long the call is planned for, in minutes (one of <see cref="Lengths"/>); <see cref="DefaultLengthMinutes"/> when not given.</summary>
    public int? LengthMinutes { get; init; }

    /// <summary>Where to join a video call (an http or https address); optional.</summary>
    public string? MeetingLink { get; init; }

    /// <inheritdoc cref="ClientWording.Sentence"/>
    public string? ClientSentence { get; init; }

    /// <summary>How the client texts greet the contact; the full name when not given.</summary>
    public GreetingForm? Greeting { get; init; }

    /// <inheritdoc cref="ClientWording.ContactTitle"/>
    public string? ContactTitle { get; init; }

    public string? RequestEmail { get; init; }

    public string? VoicemailScript { get; init; }

    public string? CallPlan { get; init; }

    public Checked<CallArrangement> Parse(DateTimeOffset now)
    {
        var check = new RuleCheck();
        var startsAt = check.Present(nameof(StartsAt), StartsAt, Messages.Of("call.starts-at-missing"));
        if (StartsAt < now.AddHours(-1))
        {
            check.Add(nameof(StartsAt), Messages.Of("call.in-past"));
        }
        else if (StartsAt > now.AddYears(1))
        {
            check.Add(nameof(StartsAt), Messages.Of("call.too-far"));
        }

        var zone = TimeZoneId?.Trim() ?? string.Empty;
        if (!TimeZoneIds.IsKnown(zone))
        {
            check.Add(nameof(TimeZoneId), Messages.Of("call.time-zone-missing"));
        }

        var channel = check.Defined(nameof(Channel), Channel, Messages.Of("call.channel-missing"));
        var attendees = check.Text(nameof(Attendees), Attendees, AttendeesMaxLength, Messages.Of("call.attendees-missing"));
        var length = LengthMinutes ?? DefaultLengthMinutes;
        if (!Lengths.Contains(length))
        {
            check.Add(nameof(LengthMinutes), Messages.Of("call.length-invalid"));
        }

        var link = MeetingLinks.Parse(check, nameof(MeetingLink), MeetingLink);
        var wording = ClientWording.Parse(check, ClientSentence, Greeting, ContactTitle);
        var requestEmail = check.Text(nameof(RequestEmail), RequestEmail, ClientTextMaxLength, Messages.Of("call.request-email-missing"));
        var voicemail = check.OptionalTextValue(nameof(VoicemailScript), VoicemailScript, ClientTextMaxLength);
        var plan = check.Text(nameof(CallPlan), CallPlan, ClientTextMaxLength, Messages.Of("call.plan-missing"));
        return Checked<CallArrangement>.From(check, () => new CallArrangement(startsAt, zone, channel, attendees, requestEmail, voicemail, plan)
        {
            Length = TimeSpan.FromMinutes(length),
            MeetingLink = link,
            Wording = wording,
        });
    }
}

/// <summary>The call as planned, checked: only <see cref="CallDetails.Parse"/> makes one.</summary>
public sealed record CallArrangement
{
    internal CallArrangement(DateTimeOffset startsAt, string timeZoneId, CallChannel channel, string attendees, string requestEmail, string? voicemailScript, string callPlan) =>
        (StartsAt, TimeZoneId, Channel, Attendees, RequestEmail, VoicemailScript, CallPlan) =
        (startsAt, timeZoneId, channel, attendees, requestEmail, voicemailScript, callPlan);

    public DateTimeOffset StartsAt { get; }

    /// <summary>A known IANA time zone.</summary>
    public string TimeZoneId { get; }

    public CallChannel Channel { get; }

    public string Attendees { get; }

    public string RequestEmail { get; }

    public string? VoicemailScript { get; }

    public string CallPlan { get; }

    public required TimeSpan Length { get; init; }

    /// <summary>An absolute http(s) address, or null.</summary>
    public required string? MeetingLink { get; init; }

    public required ClientWording Wording { get; init; }
}
