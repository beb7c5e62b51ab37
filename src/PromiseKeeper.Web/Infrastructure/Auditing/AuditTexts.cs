using System.Globalization;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Clocks;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Infrastructure.Auditing;

/// <summary>
/// Every kind of audit details the app writes, as <see cref="AuditText"/>: the English template (with <c>{{Name}}</c>
/// values, the key of its translations in <c>Resources/Infrastructure/Auditing/AuditText.*.resx</c>) and the values.
/// Names, emails, team names and reasons are what people typed; roles and client texts are shown in the reader's words.
/// </summary>
public static class AuditTexts
{
    public const string SignedInTemplate = "Signed in as {{Email}}.";
    public const string LockedOutOneSecondTemplate = "Sign-in as {{Email}} refused: too many failed attempts from this address; the next one may come in 1 second.";
    public const string LockedOutSecondsTemplate = "Sign-in as {{Email}} refused: too many failed attempts from this address; the next one may come in {{Seconds}} seconds.";
    public const string LockedOutOneMinuteTemplate = "Sign-in as {{Email}} refused: too many failed attempts from this address; the next one may come in 1 minute.";
    public const string LockedOutMinutesTemplate = "Sign-in as {{Email}} refused: too many failed attempts from this address; the next one may come in {{Minutes}} minutes.";
    public const string DeactivatedTemplate = "Sign-in as {{Email}} refused: the account is deactivated.";
    public const string DeactivatedWrongPasswordTemplate = "Sign-in as {{Email}} refused: the account is deactivated, and the password was wrong.";
    public const string NoAccountTemplate = "No account has this email.";
    public const string WrongPasswordTemplate = "Wrong password.";
    public const string OpenedTemplate = "Opened {{Page}}.";
    public const string DownloadedEvidenceTemplate = "Downloaded an evidence document.";
    public const string LegalApprovedTemplate = "Approved the incident and its offer.";
    public const string LegalChangesAskedTemplate = "Asked for changes before the conversation.";
    public const string WordingApprovedTemplate = "Approved the wording of {{Text}}.";
    public const string WordingChangesAskedTemplate = "Asked for changes to the wording of {{Text}}.";
    public const string RetroApprovedTemplate = "Approved the retro.";
    public const string RetroSentBackTemplate = "Sent the retro back with comments.";
    public const string ReassignedTemplate = "Reassigned from {{From}} to {{To}}.";
    public const string ReassignedWithReasonTemplate = "Reassigned from {{From}} to {{To}}. Reason: {{Reason}}";
    public const string CorrectedTemplate = "Corrected {{Fields}}. Reason: {{Reason}}";
    public const string UserCreatedTemplate = "Created {{Name}} with the roles {{Roles}}; team: {{Team}}.";
    public const string UserCreatedWithoutTeamTemplate = "Created {{Name}} with the roles {{Roles}}; team: none.";
    public const string UserSavedTemplate = "Saved {{Name}}: roles {{Roles}}; team: {{Team}}.";
    public const string UserSavedWithoutTeamTemplate = "Saved {{Name}}: roles {{Roles}}; team: none.";
    public const string UserDeactivatedTemplate = "Deactivated {{Name}}; their open logins end within a minute.";
    public const string UserReactivatedTemplate = "Reactivated {{Name}}.";
    public const string PasswordResetTemplate = "Set a new password for {{Name}} and lifted any lockout.";
    public const string TeamCreatedTemplate = "Created the team {{Team}}.";
    public const string TeamRenamedTemplate = "Renamed the team {{Old}} to {{New}}.";
    public const string TeamClocksSavedTemplate =
        "Saved the clock settings of the team {{Team}}: time zone {{Zone}}; working hours {{Hours}}; working days a week: {{Days}}; " +
        "holidays: {{Holidays}}; targets in working days (tell the client / call / recap / retro / legal review): {{Targets}}; warning at {{Warn}} %.";

    public const string ClientSlaSavedTemplate =
        "Saved the SLA of the client {{Client}}: targets in working days (tell the client / call / recap / retro / legal review): {{Targets}}; a dash keeps the team's target.";

    public const string ContactAddedTemplate = "Added the contact {{Name}} to the client {{Client}}.";
    public const string ContactSavedTemplate = "Saved the contact {{Name}} of the client {{Client}}.";
    public const string ContactDeactivatedTemplate = "Deactivated the contact {{Name}} of the client {{Client}}: no longer offered when logging an incident.";
    public const string ContactReactivatedTemplate = "Reactivated the contact {{Name}} of the client {{Client}}.";
    public const string RelationshipChangedTemplate = "Changed the relationship with the client {{Client}} from {{From}} to {{To}}. Reason: {{Reason}}";

    public static AuditText SignedIn(string email) => AuditText.Of(SignedInTemplate, TextValue.Text("Email", email));

    /// <summary>Refused for too many failures: the wait in whole seconds under a minute, else in whole minutes (as the sign-in page says it).</summary>
    public static AuditText LockedOut(string email, TimeSpan wait)
    {
        var address = TextValue.Text("Email", email);
        if (wait <= TimeSpan.FromSeconds(59))
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            return seconds == 1
                ? AuditText.Of(LockedOutOneSecondTemplate, address)
                : AuditText.Of(LockedOutSecondsTemplate, address, TextValue.Count("Seconds", seconds));
        }

        var minutes = (int)Math.Ceiling(wait.TotalMinutes);
        return minutes == 1
            ? AuditText.Of(LockedOutOneMinuteTemplate, address)
            : AuditText.Of(LockedOutMinutesTemplate, address, TextValue.Count("Minutes", minutes));
    }

    public static AuditText Deactivated(string email, bool passwordMatches) =>
        AuditText.Of(passwordMatches ? DeactivatedTemplate : DeactivatedWrongPasswordTemplate, TextValue.Text("Email", email));

    public static AuditText SignInFailed(bool accountExists) => AuditText.Of(accountExists ? WrongPasswordTemplate : NoAccountTemplate);

    /// <param name="page">The page's path, such as /Incidents/Details.</param>
    public static AuditText Opened(string page) => AuditText.Of(OpenedTemplate, TextValue.Text("Page", page));

    public static AuditText DownloadedEvidence { get; } = AuditText.Of(DownloadedEvidenceTemplate);

    public static AuditText LegalReview(LegalDecision decision) =>
        AuditText.Of(decision == LegalDecision.Approved ? LegalApprovedTemplate : LegalChangesAskedTemplate);

    public static AuditText WordingReview(LegalDecision decision, ClientTextKind text) =>
        AuditText.Of(decision == LegalDecision.Approved ? WordingApprovedTemplate : WordingChangesAskedTemplate, TextValue.ClientText("Text", text));

    public static AuditText RetroApproved { get; } = AuditText.Of(RetroApprovedTemplate);

    public static AuditText RetroSentBack { get; } = AuditText.Of(RetroSentBackTemplate);

    public static AuditText Reassigned(string from, string to, string? reason) => reason is null
        ? AuditText.Of(ReassignedTemplate, TextValue.Text("From", from), TextValue.Text("To", to))
        : AuditText.Of(ReassignedWithReasonTemplate, TextValue.Text("From", from), TextValue.Text("To", to), TextValue.Text("Reason", reason));

    /// <param name="fields">The corrected fields' keys (<see cref="CorrectedFields"/>), shown in the reader's words.</param>
    public static AuditText Corrected(IEnumerable<string> fields, string reason) =>
        AuditText.Of(CorrectedTemplate, TextValue.Words("Fields", "corrected-field", fields), TextValue.Text("Reason", reason));

    /// <param name="roles">Role names (<see cref="Authorization.Roles"/>).</param>
    /// <param name="team">The team's name; null for none.</param>
    public static AuditText UserCreated(string name, IEnumerable<string> roles, string? team) =>
        UserWithRoles(team is null ? UserCreatedWithoutTeamTemplate : UserCreatedTemplate, name, roles, team);

    /// <inheritdoc cref="UserCreated"/>
    public static AuditText UserSaved(string name, IEnumerable<string> roles, string? team) =>
        UserWithRoles(team is null ? UserSavedWithoutTeamTemplate : UserSavedTemplate, name, roles, team);

    public static AuditText UserActive(string name, bool active) =>
        AuditText.Of(active ? UserReactivatedTemplate : UserDeactivatedTemplate, TextValue.Text("Name", name));

    public static AuditText PasswordReset(string name) => AuditText.Of(PasswordResetTemplate, TextValue.Text("Name", name));

    public static AuditText TeamCreated(string team) => AuditText.Of(TeamCreatedTemplate, TextValue.Text("Team", team));

    public static AuditText TeamRenamed(string old, string @new) =>
        AuditText.Of(TeamRenamedTemplate, TextValue.Text("Old", old), TextValue.Text("New", @new));

    public static AuditText TeamClocksSaved(string team, TeamClockRules rules)
    {
        var week = rules.Calendar.Week;
        var targets = string.Join(" / ", ClockTargets.Kinds.Select(k => rules.Targets.DaysFor(k).ToString("0.##", CultureInfo.InvariantCulture)));
        return AuditText.Of(
            TeamClocksSavedTemplate,
            TextValue.Text("Team", team),
            TextValue.Text("Zone", rules.Calendar.Zone.Id),
            TextValue.Text("Hours", week.Start.ToString("HH:mm", CultureInfo.InvariantCulture) + "-" + week.End.ToString("HH:mm", CultureInfo.InvariantCulture)),
            TextValue.Text("Days", week.Days.Count.ToString(CultureInfo.InvariantCulture)),
            TextValue.Text("Holidays", rules.Calendar.Holidays.Count.ToString(CultureInfo.InvariantCulture)),
            TextValue.Text("Targets", targets),
            TextValue.Text("Warn", rules.Targets.WarnSharePercent.ToString("0.##", CultureInfo.InvariantCulture)));
    }

    public static AuditText ClientSlaSaved(string client, IReadOnlyDictionary<ClockKind, decimal?> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var targets = string.Join(" / ", ClockTargets.Kinds.Select(k => days.GetValueOrDefault(k)?.ToString("0.##", CultureInfo.InvariantCulture) ?? "-"));
        return AuditText.Of(ClientSlaSavedTemplate, TextValue.Text("Client", client), TextValue.Text("Targets", targets));
    }

    public static AuditText Contact(string template, string contact, string client) =>
        AuditText.Of(template, TextValue.Text("Name", contact), TextValue.Text("Client", client));

    public static AuditText RelationshipChanged(string client, LoyaltyLevel from, LoyaltyLevel to, string reason) =>
        AuditText.Of(
            RelationshipChangedTemplate,
            TextValue.Text("Client", client),
            TextValue.Words("From", "loyalty", [from.ToString()]),
            TextValue.Words("To", "loyalty", [to.ToString()]),
            TextValue.Text("Reason", reason));

    private static AuditText UserWithRoles(string template, string name, IEnumerable<string> roles, string? team) =>
        AuditText.Of(template, [
            TextValue.Text("Name", name),
            TextValue.Words("Roles", "role", roles),
            .. team is null ? Array.Empty<TextValue>() : [TextValue.Text("Team", team)]]);
}
