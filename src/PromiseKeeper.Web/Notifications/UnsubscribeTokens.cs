using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace PromiseKeeper.Web.Notifications;

/// <summary>What an unsubscribe token says: whose emails of which kind to stop, and its nonce (each token works once).</summary>
public sealed record UnsubscribeRequest(string UserId, NotificationKind Kind, Guid Nonce);

/// <summary>
/// Signed, single-purpose tokens for the unsubscribe link of an email (ASP.NET Core Data Protection, purpose
/// <see cref="Purpose"/>): they carry the user, the kind and a nonce, so a link works without signing in, only for
/// that, and cannot be forged or altered. That a nonce was used is kept in <see cref="UsedUnsubscribeToken"/>.
/// </summary>
public sealed class UnsubscribeTokens(IDataProtectionProvider protection)
{
    public const string Purpose = "unsubscribe";
    private const char Separator = '|';

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    public string Issue(string userId, NotificationKind kind)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var payload = string.Join(Separator, userId, ((int)kind).ToString(CultureInfo.InvariantCulture), Guid.NewGuid().ToString("N"));
        return _protector.Protect(payload);
    }

    /// <summary>What <paramref name="token"/> says, or null when it is missing, forged, altered or malformed.</summary>
    public UnsubscribeRequest? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        string payload;
        try
        {
            payload = _protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }

        var parts = payload.Split(Separator);
        return parts.Length == 3
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var kind)
            && Enum.IsDefined((NotificationKind)kind)
            && Guid.TryParseExact(parts[2], "N", out var nonce)
            && parts[0].Length > 0
                ? new UnsubscribeRequest(parts[0], (NotificationKind)kind, nonce)
                : null;
    }
}
