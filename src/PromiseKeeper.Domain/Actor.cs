namespace PromiseKeeper.Domain;

/// <summary>The signed-in person doing something, as recorded on timelines.</summary>
public sealed record Actor(string UserId, string DisplayName)
{
    public static Actor Create(string userId, string displayName)
    {
        if (string.IsNullOrWhiteSpace(userId))
        {
            throw new DomainException("An action needs a signed-in person.");
        }

        return new Actor(userId, string.IsNullOrWhiteSpace(displayName) ? userId : displayName.Trim());
    }
}
