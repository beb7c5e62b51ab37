namespace PromiseKeeper.Web.Infrastructure.Authorization;

/// <summary>A request about one incident: the authorization behavior checks the user's access to it.</summary>
public interface IIncidentRequest
{
    long Id { get; }
}
