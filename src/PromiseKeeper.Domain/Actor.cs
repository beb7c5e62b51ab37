using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain;

/// <summary>The signed-in person doing something, as recorded on timelines.</summary>
public sealed record Actor(string UserId, string DisplayName)
{
    public static Actor Create(string userId, string displayName)
    {
        if (string.IsNullOrWhiteSpace(userId))
        {
            throw new DomainException(Messages.Of("actor.signed-in"));
        }

        return new Actor(userId, string.IsNullOrWhiteSpace(displayName) ? userId : displayName.Trim());
    }
}
