namespace PromiseKeeper.Web.Infrastructure.Authorization;

/// <summary>
/// Thrown by a handler when the record does not exist or the user may not see it: both answer 404,
/// so nobody can tell the two apart.
/// </summary>
public sealed class NotFoundException : Exception
{
    public NotFoundException()
        : base("Not found.")
    {
    }

    public NotFoundException(string message)
        : base(message)
    {
    }

    public NotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
