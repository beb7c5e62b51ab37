using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Clients;

/// <summary>What every form that adds or picks a client shares.</summary>
public static class ClientChecks
{
    /// <summary>The English "name is taken" message; a caller passes its translation to <see cref="AddNameTakenFailureAsync"/>.</summary>
    public const string NameTakenMessage = "A client with this name already exists.";

    /// <summary>
    /// Adds "the name is taken" to a validator's failures, under "{fieldPrefix}Name"; the domain's own rules
    /// for a new client come from <see cref="Client.Parse"/>.
    /// </summary>
    /// <param name="exceptClientId">The client being renamed, whose own name is not taken.</param>
    public static async Task AddNameTakenFailureAsync<T>(
        PromiseKeeperDbContext db,
        string? name,
        ValidationContext<T> context,
        string fieldPrefix,
        CancellationToken cancellationToken,
        int? exceptClientId = null,
        string message = NameTakenMessage)
    {
        var trimmed = name?.Trim();
        if (!string.IsNullOrEmpty(trimmed) && await db.Clients.AnyAsync(c => c.Name == trimmed && c.Id != exceptClientId, cancellationToken))
        {
            context.AddFailure(fieldPrefix + nameof(Client.Name), message);
        }
    }

    /// <summary>True when saving failed because someone added a client with the same name after validation.</summary>
    public static bool IsDuplicateName(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    /// <summary>Every client as a dropdown option, in name order, from the in-memory <see cref="ClientDirectory"/>.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> OptionsAsync(this ClientDirectory clients, PromiseKeeperDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clients);
        return [.. (await clients.AllAsync(db, cancellationToken))
            .Select(c => new SelectListItem(c.Name, c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
    }
}
