using PromiseKeeper.Domain.Clocks;

namespace PromiseKeeper.Web.Notifications;

/// <summary>
/// One thing a user is told, written in the same save as the change that caused it. The text is not stored: it is
/// rendered when read, in the reader's language, from <see cref="Kind"/> and the values (see <see cref="NotificationTexts"/>).
/// </summary>
public sealed class Notification
{
    public const int UserIdMaxLength = 450;
    public const int NameMaxLength = 256;
    public const int ReasonMaxLength = 500;

    public long Id { get; init; }

    public string RecipientId { get; init; } = string.Empty;

    public NotificationKind Kind { get; init; }

    /// <summary>The incident it is about (the link goes to its page, which checks access); null for one about a user.</summary>
    public long? IncidentId { get; init; }

    /// <summary>Who did it, by the name they had then.</summary>
    public string ActorName { get; init; } = string.Empty;

    /// <summary>The other person named (the new owner, the deactivated user), when the kind names one.</summary>
    public string? OtherName { get; init; }

    /// <summary>The reason given (a reassignment's), when there was one.</summary>
    public string? Reason { get; init; }

    /// <summary>A count the text names (a deactivated user's open incidents).</summary>
    public int? Count { get; init; }

    /// <summary>For a clock's warning or breach: whose clock it is (a check-in's or measure's title is in <see cref="OtherName"/>).</summary>
    public IncidentClockSubject? ClockSubject { get; init; }

    /// <summary>For a stage clock's warning or breach: which stage.</summary>
    public ClockKind? ClockKind { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ReadAt { get; set; }

    /// <summary>The recipient's email choice for this kind when it was written; later changes do not rewrite the past.</summary>
    public NotificationEmail Email { get; init; }

    /// <summary>
    /// When the mail step handed it to the outbox (at once, or in a daily digest), or found that it goes nowhere (a digest
    /// for a deactivated person or one without an address); null until then, and forever when <see cref="Email"/> is Off.
    /// </summary>
    public DateTimeOffset? EmailQueuedAt { get; set; }
}
