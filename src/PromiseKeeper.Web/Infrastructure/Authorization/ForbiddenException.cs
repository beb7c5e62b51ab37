namespace PromiseKeeper.Web.Infrastructure.Authorization;

/// <summary>Thrown by a handler when the user's role does not allow the action at all. Becomes 403.</summary>
public sealed class ForbiddenException : Exception
{
    public ForbiddenException()
        : base("Not allowed.")
    {
    }

    public ForbiddenException(string message)
        : base(message)
    {
    }

    public ForbiddenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
