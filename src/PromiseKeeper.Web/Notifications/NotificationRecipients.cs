using System.Linq.Expressions;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Notifications;

/// <summary>
/// Who to notify about an incident, as expressions a handler reads in the statement that loads the incident (so telling
/// people adds no statement): each is the encoded list <see cref="Recipient.ParseList"/> reads, with each person's
/// email choice for the kind and what an email to them needs (address, language, name).
/// </summary>
public sealed class NotificationRecipients(PromiseKeeperDbContext db)
{
    /// <summary>The incident owner, encoded as <see cref="Recipient.ParseOne"/> reads it, with their email choice for <paramref name="kind"/>.</summary>
    public Expression<Func<Incident, string?>> Owner(NotificationKind kind) =>
        i => db.Users.Where(u => u.Id == i.OwnerId)
            .Select(u => u.Id + Recipient.Field + (db.NotificationPreferences()
                .Where(p => p.UserId == u.Id && p.Kind == kind)
                .Select(p => p.Email == NotificationEmail.Off ? "Off" : p.Email == NotificationEmail.Digest ? "Digest" : "AtOnce")
                .FirstOrDefault() ?? string.Empty)
                + Recipient.Field + (u.Language ?? string.Empty) + Recipient.Field + (u.Email ?? string.Empty) + Recipient.Field + u.DisplayName)
            .FirstOrDefault();

    /// <summary>Every active legal user, when the incident is contract-linked (only then can it wait for legal).</summary>
    public Expression<Func<Incident, string?>> Legal() =>
        i => i.ContractReference == null
            ? null
            : string.Join(Recipient.Separator, db.Users
                .Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Legal)))
                .OrderBy(u => u.Id)
                .Select(u => u.Id + Recipient.Field + (db.NotificationPreferences()
                    .Where(p => p.UserId == u.Id && p.Kind == NotificationKind.LegalReviewRequested)
                    .Select(p => p.Email == NotificationEmail.Off ? "Off" : p.Email == NotificationEmail.Digest ? "Digest" : "AtOnce")
                    .FirstOrDefault() ?? string.Empty)
                + Recipient.Field + (u.Language ?? string.Empty) + Recipient.Field + (u.Email ?? string.Empty) + Recipient.Field + u.DisplayName));

    /// <summary>The active team leads of the incident's team.</summary>
    public Expression<Func<Incident, string?>> TeamLeads(NotificationKind kind) =>
        i => i.TeamId == null ? null : string.Join(Recipient.Separator, db.Users
            .Where(u => u.TeamId == i.TeamId && u.IsActive
                && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.TeamLead)))
            .OrderBy(u => u.Id)
            .Select(u => u.Id + Recipient.Field + (db.NotificationPreferences()
                .Where(p => p.UserId == u.Id && p.Kind == kind)
                .Select(p => p.Email == NotificationEmail.Off ? "Off" : p.Email == NotificationEmail.Digest ? "Digest" : "AtOnce")
                .FirstOrDefault() ?? string.Empty)
                + Recipient.Field + (u.Language ?? string.Empty) + Recipient.Field + (u.Email ?? string.Empty) + Recipient.Field + u.DisplayName));

    /// <summary>The active team leads of <paramref name="userId"/>'s team (not the user), each encoded, as a subquery for another statement.</summary>
    public IQueryable<string> LeadsOfTeamOf(string userId, NotificationKind kind) =>
        db.Users
            .Where(u => u.IsActive && u.Id != userId && u.TeamId != null
                && u.TeamId == db.Users.Where(t => t.Id == userId).Select(t => t.TeamId).FirstOrDefault()
                && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.TeamLead)))
            .OrderBy(u => u.Id)
            .Select(u => u.Id + Recipient.Field + (db.NotificationPreferences()
                .Where(p => p.UserId == u.Id && p.Kind == kind)
                .Select(p => p.Email == NotificationEmail.Off ? "Off" : p.Email == NotificationEmail.Digest ? "Digest" : "AtOnce")
                .FirstOrDefault() ?? string.Empty)
                + Recipient.Field + (u.Language ?? string.Empty) + Recipient.Field + (u.Email ?? string.Empty) + Recipient.Field + u.DisplayName);
}
