namespace PromiseKeeper.Domain.Incidents;

/// <summary>The call with the client as planned (stage 3), with the texts that prepare it.</summary>
public sealed record CallDetails
{
    public const int AttendeesMaxLength = 1000;
    public const int ClientTextMaxLength = 10_000;

    public DateTimeOffset? StartsAt { get; init; }

    /// <summary>The IANA time zone the call was planned in, e.g. Europe/Ljubljana.</summary>
    public string? TimeZoneId { get; init; }

    public CallChannel? Channel { get; init; }

    public string? Attendees { get; init; }

    public string? RequestEmail { get; init; }

    public string? VoicemailScript { get; init; }

    public string? CallPlan { get; init; }

    public IReadOnlyList<RuleViolation> Check(DateTimeOffset now)
    {
        var check = new RuleCheck();
        if (StartsAt is null)
        {
            check.Add(nameof(StartsAt), "Enter when the call takes place.");
        }
        else if (StartsAt < now.AddHours(-1))
        {
            check.Add(nameof(StartsAt), "The call time is in the past. Plan the call for a time that is still ahead.");
        }
        else if (StartsAt > now.AddYears(1))
        {
            check.Add(nameof(StartsAt), "The call is more than a year away; a broken promise should be discussed much sooner.");
        }

        if (string.IsNullOrWhiteSpace(TimeZoneId) || !TimeZoneIds.IsKnown(TimeZoneId))
        {
            check.Add(nameof(TimeZoneId), "Choose the time zone the call time is in.");
        }

        check.RequireDefined(nameof(Channel), Channel, "Choose how the call is held: phone, video or in person.");
        check.RequireText(nameof(Attendees), Attendees, AttendeesMaxLength, "List who takes part in the call, from the client and from us.");
        check.RequireText(nameof(RequestEmail), RequestEmail, ClientTextMaxLength, "Write the short email that asks the client for the call.");
        check.OptionalText(nameof(VoicemailScript), VoicemailScript, ClientTextMaxLength);
        check.RequireText(nameof(CallPlan), CallPlan, ClientTextMaxLength, "Write the plan for the call: opening, listening, apology or regret, and the offer.");
        return check.Violations;
    }
}
