namespace PromiseKeeper.Web.Data;

/// <summary>
/// A login that was signed out: its cookie must not work any more, even a copy of it. Every instance's periodic login
/// check reads this (in the same statement as the user); rows older than the longest login are deleted.
/// </summary>
public sealed class EndedSession
{
    /// <summary>The login's id, from its cookie (<see cref="Infrastructure.Identity.AppClaimTypes.SessionId"/>).</summary>
    public Guid Id { get; set; }

    public DateTimeOffset EndedAt { get; set; }
}
