using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

/// <summary>A prevention measure's new status as typed: the status and, for done, a note of what was done.</summary>
public sealed record MeasureStatusDetails
{
    public MeasureStatus? Status { get; init; }

    public string? DoneNote { get; init; }

    public Checked<MeasureStatusChange> Parse()
    {
        var check = new RuleCheck();
        var status = check.Defined(nameof(Status), Status, Messages.Of("measure.status-missing"));
        var note = RuleCheck.Clean(DoneNote);
        if (note is { Length: > PreventionMeasure.DoneNoteMaxLength })
        {
            check.Add(nameof(DoneNote), Messages.Count("measure.note-too-long(count)", PreventionMeasure.DoneNoteMaxLength));
        }
        else if (status == MeasureStatus.Done && note is null)
        {
            check.Add(nameof(DoneNote), Messages.Of("measure.done-note-missing"));
        }

        return Checked<MeasureStatusChange>.From(check, () => new MeasureStatusChange(status, status == MeasureStatus.Done ? note : null));
    }
}

/// <summary>A measure's new status, checked: a done measure always has its note. Only <see cref="MeasureStatusDetails.Parse"/> makes one.</summary>
public sealed record MeasureStatusChange
{
    internal MeasureStatusChange(MeasureStatus status, string? doneNote) => (Status, DoneNote) = (status, doneNote);

    public MeasureStatus Status { get; }

    /// <summary>What was done, trimmed; only for <see cref="MeasureStatus.Done"/>.</summary>
    public string? DoneNote { get; }
}
