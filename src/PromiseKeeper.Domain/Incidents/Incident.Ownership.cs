using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

// Who drives the incident: one account manager, overseen by the team leads of their team.
public sealed partial class Incident
{
    /// <summary>The team whose leads oversee the incident: the owner's team when it was logged.</summary>
    public int? TeamId { get; private set; }

    /// <summary>
    /// The account managers who owned the incident before, by name as they were then, oldest first: colleagues a
    /// client text must not blame either (<see cref="ClientTextCheck()"/>).
    /// </summary>
    public IReadOnlyList<string> FormerOwnerNames { get; private set; } = [];

    /// <summary>
    /// Hands the incident to another account manager. The caller checks that they belong to the
    /// incident's team (the domain does not know about teams' members).
    /// </summary>
    /// <exception cref="DomainException">On a finished incident, or when the new owner already owns it.</exception>
    /// <param name="reason">Why, when the team lead gave a reason; it shows on the timeline.</param>
    /// <param name="previousOwnerName">The owner's name until now, kept in <see cref="FormerOwnerNames"/>; null when not known.</param>
    public void Reassign(Actor newOwner, Actor actor, DateTimeOffset now, string? reason = null, string? previousOwnerName = null)
    {
        ArgumentNullException.ThrowIfNull(newOwner);
        RequireOpen("reassign");
        if (string.Equals(newOwner.UserId, OwnerId, StringComparison.Ordinal))
        {
            throw new DomainException(Messages.Of("ownership.already-owner", ("Name", newOwner.DisplayName)));
        }

        OwnerId = newOwner.UserId;
        if (Clean(previousOwnerName) is { } former && !FormerOwnerNames.Contains(former, StringComparer.OrdinalIgnoreCase))
        {
            FormerOwnerNames = [.. FormerOwnerNames, former];
        }

        var why = Clean(reason);
        Record(actor, now, why is null ? "reassigned" : "reassigned.reason",
            [TextValue.Text("Owner", newOwner.DisplayName), .. why is null ? Array.Empty<TextValue>() : [TextValue.Text("Reason", why)]]);
    }
}
