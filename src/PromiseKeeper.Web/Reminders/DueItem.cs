namespace PromiseKeeper.Web.Reminders;

/// <summary>A measure or check-in a reminder round claimed, with what deciding and writing its reminder needs.</summary>
public sealed class DueItem
{
    public Guid Id { get; init; }

    public long IncidentId { get; init; }

    public int? TeamId { get; init; }

    /// <summary>The incident's stage, as stored (an incident marked not applicable reminds nobody).</summary>
    public string Stage { get; init; } = string.Empty;

    /// <summary>The user who owns the measure or check-in; null: the incident's owner does.</summary>
    public string? OwnerId { get; init; }

    public string? IncidentOwnerId { get; init; }

    /// <summary>The measure's description or the check-in's topic.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>The measure's due date or the check-in's planned date.</summary>
    public DateOnly Date { get; init; }
}
