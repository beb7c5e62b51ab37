using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;
using PromiseKeeper.Domain;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Infrastructure.Localization;

namespace PromiseKeeper.Web.Pages.Admin;

/// <summary>A team's name as checked by <see cref="TeamNames.Parse"/>: trimmed, present and not too long.</summary>
public sealed record NewTeamName(string Value);

/// <summary>The rules of a team's name, shared by "create a team" and "rename a team".</summary>
public static class TeamNames
{
    public const string TakenMessage = "There is already a team with this name.";

    private static readonly IStringLocalizer L = ResourceTexts.For(typeof(TeamNames));

    /// <summary>Required, at most <see cref="Team.NameMaxLength"/> characters (trimmed); keyed by "Name". Whether another team has it is <see cref="AddNameTakenRule"/>.</summary>
    public static Checked<NewTeamName> Parse(string? name)
    {
        var check = new RuleCheck();
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            check.Add(nameof(Team.Name), L["Enter the team's name."]);
        }
        else if (trimmed.Length > Team.NameMaxLength)
        {
            check.Add(nameof(Team.Name), L["Keep the name to {0} characters.", Team.NameMaxLength]);
        }
        else
        {
            check.RefuseInName(nameof(Team.Name), trimmed);
        }

        return Checked<NewTeamName>.From(check, () => new NewTeamName(trimmed ?? string.Empty));
    }

    /// <summary>Not the name of another team (ignoring case).</summary>
    public static void AddNameTakenRule<T>(this AbstractValidator<T> validator, PromiseKeeperDbContext db, Func<T, string?> name, Func<T, int?> ownId, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(localizer);
        validator.RuleFor(c => c).CustomAsync(async (command, context, cancellationToken) =>
        {
            var trimmed = name(command)?.Trim();
            var id = ownId(command);
            if (!string.IsNullOrEmpty(trimmed) && await db.Teams.AnyAsync(t => t.Name == trimmed && t.Id != id, cancellationToken))
            {
                context.AddFailure(nameof(Team.Name), localizer[TakenMessage]);
            }
        });
    }

    /// <summary>True when saving failed because another team took the name after validation.</summary>
    public static bool IsDuplicateName(DbUpdateException exception) =>
        exception?.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
