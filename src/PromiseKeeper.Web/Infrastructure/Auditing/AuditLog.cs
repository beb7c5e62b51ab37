using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Infrastructure.Auditing;

/// <summary>
/// Writes the append-only audit log: sign-ins, views of contract-linked incidents, review decisions,
/// reassignments and user administration. Each entry names who (the signed-in user), when (the
/// app's <see cref="TimeProvider"/>) and from where (IP address and browser of the request).
/// </summary>
public interface IAuditLog
{
    /// <summary>
    /// Adds an entry for the signed-in user to the DbContext without saving: the handler's own
    /// SaveChangesAsync then commits the decision and its entry together, or neither.
    /// </summary>
    void Add(AuditAction action, AuditText details, string? subject = null, long? incidentId = null);

    /// <inheritdoc cref="Add(AuditAction, AuditText, string?, long?)"/>
    /// <remarks>Details shown as written, in every language: for text that is not the app's own words.</remarks>
    void Add(AuditAction action, string details, string? subject = null, long? incidentId = null);

    /// <summary>Adds an entry for the signed-in user and saves it at once (for views, which save nothing else).</summary>
    Task RecordAsync(AuditAction action, AuditText details, string? subject = null, long? incidentId = null, CancellationToken ct = default);

    /// <inheritdoc cref="RecordAsync(AuditAction, AuditText, string?, long?, CancellationToken)"/>
    /// <remarks>Details shown as written, in every language: for text that is not the app's own words.</remarks>
    Task RecordAsync(AuditAction action, string details, string? subject = null, long? incidentId = null, CancellationToken ct = default);

    /// <summary>Records a sign-in attempt, for which there is no signed-in user yet.</summary>
    /// <param name="userId">The account's id when it is known and the attempt may be tied to it; otherwise null.</param>
    /// <param name="actorName">The account's display name, or for an unknown account the email that was typed.</param>
    Task RecordSignInAsync(AuditAction action, string? userId, string actorName, AuditText details, CancellationToken ct = default);
}

/// <remarks>
/// The IP address is the connection's remote address. Behind a reverse proxy that is the proxy's
/// address: the app would need the forwarded-headers middleware (with its known proxies configured)
/// to see the client's, which is not set up yet.
/// </remarks>
internal sealed class AuditLog(
    PromiseKeeperDbContext db,
    ICurrentUser user,
    TimeProvider clock,
    IHttpContextAccessor httpContextAccessor) : IAuditLog
{
    public void Add(AuditAction action, AuditText details, string? subject = null, long? incidentId = null) =>
        db.AuditEntries.Add(Entry(action, user.Id, user.DisplayName, details, subject, incidentId));

    public void Add(AuditAction action, string details, string? subject = null, long? incidentId = null) =>
        db.AuditEntries.Add(Entry(action, user.Id, user.DisplayName, details, subject, incidentId));

    public async Task RecordAsync(AuditAction action, AuditText details, string? subject = null, long? incidentId = null, CancellationToken ct = default)
    {
        Add(action, details, subject, incidentId);
        await db.SaveChangesAsync(ct);
    }

    public async Task RecordAsync(AuditAction action, string details, string? subject = null, long? incidentId = null, CancellationToken ct = default)
    {
        Add(action, details, subject, incidentId);
        await db.SaveChangesAsync(ct);
    }

    public async Task RecordSignInAsync(AuditAction action, string? userId, string actorName, AuditText details, CancellationToken ct = default)
    {
        db.AuditEntries.Add(Entry(action, userId, actorName, details, subject: null, incidentId: null));
        await db.SaveChangesAsync(ct);
    }

    private AuditEntry Entry(AuditAction action, string? actorId, string actorName, AuditText details, string? subject, long? incidentId)
    {
        ArgumentNullException.ThrowIfNull(details);
        // A key too long to keep whole is not kept at all: the entry then shows its English details.
        var keyed = details.Template.Length <= AuditEntry.DetailsKeyMaxLength;
        return Entry(action, actorId, actorName, details.English, subject, incidentId, keyed ? details : null);
    }

    private AuditEntry Entry(AuditAction action, string? actorId, string actorName, string details, string? subject, long? incidentId, AuditText? keyed = null)
    {
        var http = httpContextAccessor.HttpContext;
        return new AuditEntry
        {
            OccurredAt = clock.GetUtcNow(),
            ActorId = actorId,
            ActorName = Truncate(actorName, AuditEntry.ActorNameMaxLength),
            Action = action,
            Subject = TruncateOrNull(subject, AuditEntry.SubjectMaxLength),
            IncidentId = incidentId,
            Details = Truncate(details, AuditEntry.DetailsMaxLength),
            DetailsKey = keyed?.Template,
            DetailsValues = keyed?.Values,
            IpAddress = TruncateOrNull(http?.Connection.RemoteIpAddress?.ToString(), AuditEntry.IpAddressMaxLength),
            UserAgent = TruncateOrNull(http?.Request.Headers.UserAgent.ToString(), AuditEntry.UserAgentMaxLength),
        };
    }

    private static string? TruncateOrNull(string? text, int maxLength) =>
        string.IsNullOrWhiteSpace(text) ? null : Truncate(text, maxLength);

    /// <summary>An entry is never lost for being too long: over-long texts are cut (never inside a surrogate pair).</summary>
    private static string Truncate(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var length = char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
        return text[..length];
    }
}
