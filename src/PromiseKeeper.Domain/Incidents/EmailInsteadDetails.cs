namespace PromiseKeeper.Domain.Incidents;

/// <summary>A careful written message for when a call is impossible (stage 3). It still offers to talk.</summary>
public sealed record EmailInsteadDetails
{
    public const int ReasonMaxLength = 1000;

    /// <summary>Why a call is not possible.</summary>
    public string? Reason { get; init; }

    public string? Message { get; init; }

    public IReadOnlyList<RuleViolation> Check()
    {
        var check = new RuleCheck();
        check.RequireText(nameof(Reason), Reason, ReasonMaxLength, "Say why a call is not possible; a call is always the better way to give bad news.");
        check.RequireText(nameof(Message), Message, CallDetails.ClientTextMaxLength, "Write the message to the client.");
        return check.Violations;
    }
}
