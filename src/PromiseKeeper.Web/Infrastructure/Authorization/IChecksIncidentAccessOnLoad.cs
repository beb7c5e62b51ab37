namespace PromiseKeeper.Web.Infrastructure.Authorization;

/// <summary>
/// A query about one incident whose handler checks the access itself on what it loads anyway: it loads the
/// incident through <see cref="IncidentAccess.VisibleTo"/> (404 when the user may not see it), then calls
/// <see cref="RequestAccessRules.Require"/> (403) before using it. <see cref="RequestAuthorizationBehavior{TMessage, TResponse}"/>
/// then still checks the role but does not read the same incident's access facts a statement earlier.
/// Only for queries (no side effects) without a validator, so nothing runs before the check that could tell the user anything.
/// </summary>
public interface IChecksIncidentAccessOnLoad : IIncidentRequest;
