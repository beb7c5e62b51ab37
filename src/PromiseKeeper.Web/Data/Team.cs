namespace PromiseKeeper.Web.Data;

/// <summary>
/// A group of account managers with one or more team leads. A team's leads are its active members with the
/// TeamLead role; its account managers are its active members with the AccountManager role.
/// </summary>
public sealed class Team
{
    public const int NameMaxLength = 100;

    public int Id { get; set; }

    /// <summary>Unique, ignoring case (citext).</summary>
    public string Name { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }
}
