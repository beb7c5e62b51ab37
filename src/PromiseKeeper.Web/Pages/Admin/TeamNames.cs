using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Admin;

/// <summary>The rules of a team's name, shared by "create a team" and "rename a team".</summary>
public static class TeamNames
{
    public const string TakenMessage = "There is already a team with this name.";

    /// <summary>Required, at most <see cref="Team.NameMaxLength"/> characters, and not the name of another team (ignoring case).</summary>
    public static void AddNameRules<T>(this AbstractValidator<T> validator, PromiseKeeperDbContext db, Func<T, string?> name, Func<T, int?> ownId)
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.RuleFor(c => name(c))
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter the team's name.")
            .Must(n => n is null || n.Trim().Length <= Team.NameMaxLength).WithMessage($"Keep the name to {Team.NameMaxLength} characters.")
            .OverridePropertyName(nameof(Team.Name));
        validator.RuleFor(c => c).CustomAsync(async (command, context, cancellationToken) =>
        {
            var trimmed = name(command)?.Trim();
            var id = ownId(command);
            if (!string.IsNullOrEmpty(trimmed) && await db.Teams.AnyAsync(t => t.Name == trimmed && t.Id != id, cancellationToken))
            {
                context.AddFailure(nameof(Team.Name), TakenMessage);
            }
        });
    }

    /// <summary>True when saving failed because another team took the name after validation.</summary>
    public static bool IsDuplicateName(DbUpdateException exception) =>
        exception?.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
