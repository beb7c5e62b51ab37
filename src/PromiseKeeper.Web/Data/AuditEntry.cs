using PromiseKeeper.Domain;

namespace PromiseKeeper.Web.Data;

/// <summary>
/// One line of the append-only audit log: who did what, when and from where. Written through
/// <see cref="Infrastructure.Auditing.IAuditLog"/>; never changed or deleted (the DbContext and a database
/// trigger both refuse). No foreign keys, so an entry outlives the user or incident it names.
/// </summary>
public sealed class AuditEntry
{
    public const int ActorIdMaxLength = 450;
    public const int ActorNameMaxLength = 256;
    public const int ActionMaxLength = 50;
    public const int SubjectMaxLength = 200;
    public const int DetailsMaxLength = 2000;
    public const int DetailsKeyMaxLength = 300;
    public const int IpAddressMaxLength = 45;
    public const int UserAgentMaxLength = 300;

    public long Id { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>The user's id; null for a failed sign-in with an unknown email (or a wrong password).</summary>
    public string? ActorId { get; init; }

    /// <summary>The display name at the time, or for a failed sign-in the email that was typed.</summary>
    public string ActorName { get; init; } = string.Empty;

    public AuditAction Action { get; init; }

    /// <summary>What the action was about, in words, e.g. "Incident 42" or "User x@example.com".</summary>
    public string? Subject { get; init; }

    /// <summary>The incident concerned, if any; deliberately not a foreign key.</summary>
    public long? IncidentId { get; init; }

    /// <summary>The details in English (times in UTC), for search and export; for an entry written before details were keyed, the only text it has.</summary>
    public string Details { get; init; } = string.Empty;

    /// <summary>
    /// The details' English text with <c>{{Name}}</c> values (see <see cref="Infrastructure.Auditing.AuditText"/>): the
    /// resource key of its translations. Null for an entry whose details are shown as written.
    /// </summary>
    public string? DetailsKey { get; init; }

    /// <summary>The values <see cref="DetailsKey"/> names; null with it.</summary>
    public TextValues? DetailsValues { get; init; }

    public string? IpAddress { get; init; }

    public string? UserAgent { get; init; }
}
