using System.Globalization;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Web.Infrastructure.Localization;

namespace PromiseKeeper.Web.Infrastructure.Auditing;

/// <summary>
/// What an audit entry is about, as <see cref="Data.AuditEntry.Subject"/> keeps it: "Incident 42", "User x@example.com",
/// "Team Support", "Client Acme". The English word is stored as the kind's key (rows written before this class read the same), and the
/// log shows it in the reader's language; the number, email or team name stays as stored.
/// </summary>
public static class AuditSubject
{
    private const string IncidentWord = "Incident ";
    private const string UserWord = "User ";
    private const string TeamWord = "Team ";
    private const string ClientWord = "Client ";

    private static readonly IStringLocalizer L = ResourceTexts.For(typeof(AuditSubject));

    public static string Incident(long id) => IncidentWord + id.ToString(CultureInfo.InvariantCulture);

    public static string User(string? email) => UserWord + email;

    public static string Team(string name) => TeamWord + name;

    public static string Client(string name) => ClientWord + name;

    /// <summary>The stored subject in the reader's words, e.g. "Пользователь x@example.com"; a subject of no known kind as stored.</summary>
    public static string Show(string subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        foreach (var word in (ReadOnlySpan<string>)[IncidentWord, UserWord, TeamWord, ClientWord])
        {
            if (subject.Length > word.Length && subject.StartsWith(word, StringComparison.Ordinal))
            {
                return L[word + "{0}", subject[word.Length..]];
            }
        }

        return subject;
    }
}
