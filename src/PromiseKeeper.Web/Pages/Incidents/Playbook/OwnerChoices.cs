using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Notifications;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>Someone a measure or check-in can be given to; a deactivated user only shows as the owner they still are.</summary>
public sealed record OwnerChoice(string Id, string DisplayName, string? TeamName, bool IsActive);

/// <summary>The person chosen on a form, read with the incident: whether they may own it, and what a notification to them needs.</summary>
public sealed class ChosenOwner
{
    public string Id { get; init; } = string.Empty;

    public string DisplayName { get; init; } = string.Empty;

    public bool IsActive { get; init; }

    /// <summary>Encoded as <see cref="Recipient.ParseOne"/> reads it, with their email choice for <see cref="NotificationKind.MeasureAssigned"/>.</summary>
    public string? Recipient { get; init; }
}

/// <summary>
/// The owner pickers of the measure and check-in forms: active users of every team, by name, grouped by team; and the
/// server-side check that the chosen id is an active user (a deactivated or unknown one gets a message on the field).
/// </summary>
public sealed class OwnerChoices(IStringLocalizer<OwnerChoices> localizer)
{
    /// <summary>
    /// Every active user, and the incident's owner and its check-ins' owners even when deactivated (so an owner shows by
    /// name), by name: one statement.
    /// </summary>
    public static async Task<IReadOnlyList<OwnerChoice>> ReadAsync(PromiseKeeperDbContext db, long incidentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await (from u in db.Users.AsNoTracking()
                      where u.IsActive
                          || db.Incidents.Any(i => i.Id == incidentId && i.OwnerId == u.Id)
                          || db.Set<CheckIn>().Any(c => c.IncidentId == incidentId && c.OwnerId == u.Id)
                      join t in db.Teams on u.TeamId equals t.Id into teams
                      from t in teams.DefaultIfEmpty()
                      orderby u.DisplayName, u.Id
                      select new OwnerChoice(u.Id, u.DisplayName, t == null ? null : t.Name, u.IsActive))
                     .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The user chosen by <paramref name="ownerId"/> (the incident's owner when it is null), read in the statement that
    /// loads the incident.
    /// </summary>
    public static Expression<Func<Incident, ChosenOwner?>> Chosen(PromiseKeeperDbContext db, string? ownerId) =>
        i => db.Users.Where(u => u.Id == (ownerId ?? i.OwnerId)).Select(u => new ChosenOwner
        {
            Id = u.Id,
            DisplayName = u.DisplayName,
            IsActive = u.IsActive,
            Recipient = u.Id + Web.Notifications.Recipient.Field + (db.NotificationPreferences()
                .Where(p => p.UserId == u.Id && p.Kind == NotificationKind.MeasureAssigned)
                .Select(p => p.Email == NotificationEmail.Off ? "Off" : p.Email == NotificationEmail.Digest ? "Digest" : "AtOnce")
                .FirstOrDefault() ?? string.Empty)
                + Web.Notifications.Recipient.Field + (u.Language ?? string.Empty) + Web.Notifications.Recipient.Field + (u.Email ?? string.Empty)
                + Web.Notifications.Recipient.Field + u.DisplayName,
        }).FirstOrDefault();

    /// <summary>The message for a form that chose nobody.</summary>
    public string Missing => localizer["Choose who owns it."];

    /// <summary>The id as typed, or null when blank.</summary>
    public static string? IdOrNull(string? ownerId) => string.IsNullOrWhiteSpace(ownerId) ? null : ownerId.Trim();

    /// <summary>The options of a picker: by team (people without a team last), a deactivated owner marked so.</summary>
    public IReadOnlyList<SelectListItem> Items(IReadOnlyList<OwnerChoice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var noTeam = new SelectListGroup { Name = localizer["No team"] };
        var groups = new Dictionary<string, SelectListGroup>(StringComparer.Ordinal);
        return [.. choices
            .OrderBy(c => c.TeamName is null ? 1 : 0).ThenBy(c => c.TeamName, StringComparer.CurrentCulture)
            .Select(c => new SelectListItem(c.IsActive ? c.DisplayName : localizer["{0} (deactivated)", c.DisplayName].Value, c.Id)
            {
                Group = c.TeamName is null ? noTeam : groups.TryGetValue(c.TeamName, out var group) ? group : groups[c.TeamName] = new SelectListGroup { Name = c.TeamName },
            })];
    }

    /// <summary>The chosen person as the domain takes them; null with a message when nobody, an unknown or a deactivated user was chosen.</summary>
    public Actor? Owner(string? ownerId, ChosenOwner? chosen, out string? refusal)
    {
        refusal = null;
        if (ownerId is null)
        {
            return null;
        }

        if (chosen is null || !string.Equals(chosen.Id, ownerId, StringComparison.Ordinal))
        {
            refusal = localizer["Choose someone from the list."];
            return null;
        }

        if (!chosen.IsActive)
        {
            refusal = localizer["{0} is no longer an active user: choose someone else.", chosen.DisplayName];
            return null;
        }

        return Actor.Create(chosen.Id, chosen.DisplayName);
    }

    /// <summary>The domain's refusal with the owner field's message replaced by <paramref name="refusal"/> (or added, when the domain had none for it).</summary>
    public static DomainException WithOwnerRefusal(DomainException error, string field, string refusal)
    {
        ArgumentNullException.ThrowIfNull(error);
        var others = error.Violations.Where(v => v.Field != field);
        return new DomainException([.. others, new RuleViolation(field, refusal)]);
    }
}
