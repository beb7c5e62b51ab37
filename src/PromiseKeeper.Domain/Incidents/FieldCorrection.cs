namespace PromiseKeeper.Domain.Incidents;

/// <summary>
/// One logged fact corrected after logging: which field, its old and new value as written then, who, when and why.
/// Never changed once written, so the history shows what the record said before.
/// </summary>
public sealed class FieldCorrection
{
    public const int FieldMaxLength = 60;
    public const int ValueMaxLength = IncidentDetails.LongTextMaxLength;
    public const int ActorNameMaxLength = 200;

    private FieldCorrection()
    {
        Field = string.Empty;
        OldValue = string.Empty;
        NewValue = string.Empty;
        ActorId = string.Empty;
        ActorName = string.Empty;
        Reason = string.Empty;
    }

    public long Id { get; private set; }

    public long IncidentId { get; private set; }

    /// <summary>The field's key (<see cref="CorrectedFields"/>: "Fault", "DiscoveredAt"); rows written before keys hold its English name ("fault").</summary>
    public string Field { get; private set; }

    /// <summary>The value before, as display text; "(none)" when it was empty.</summary>
    public string OldValue { get; private set; }

    public string NewValue { get; private set; }

    public string ActorId { get; private set; }

    public string ActorName { get; private set; }

    public DateTimeOffset CorrectedAt { get; private set; }

    public string Reason { get; private set; }

    internal static FieldCorrection Record(string field, string oldValue, string newValue, string reason, Actor actor, DateTimeOffset now) =>
        new()
        {
            Field = field,
            OldValue = oldValue,
            NewValue = newValue,
            Reason = reason,
            ActorId = actor.UserId,
            ActorName = actor.DisplayName,
            CorrectedAt = now.ToUniversalTime(),
        };
}
