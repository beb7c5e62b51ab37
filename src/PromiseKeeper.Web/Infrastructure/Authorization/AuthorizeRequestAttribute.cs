namespace PromiseKeeper.Web.Infrastructure.Authorization;

/// <summary>Declares what a Mediator request needs; a request without it is refused (fail closed).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AuthorizeRequestAttribute(RequestAccess access) : Attribute
{
    public RequestAccess Access { get; } = access;
}
