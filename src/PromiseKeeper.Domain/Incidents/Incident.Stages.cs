using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

// Moving between stages: the stage table (PlaybookStages) says what may follow what and what must be
// done first, in words a person can act on.
public sealed partial class Incident
{
    public const int NotApplicableReasonMinLength = 20;
    public const int NotApplicableReasonMaxLength = 2000;

    /// <summary>The next stage on the main path, or null when the incident is finished.</summary>
    public PlaybookStage? NextStage => PlaybookTransitions.NextOnMainPath(Stage);

    /// <summary>What still has to be done before the incident can move to <paramref name="target"/>; empty when it can.</summary>
    public IReadOnlyList<string> BlockersFor(PlaybookStage target)
    {
        if (!IsOpen)
        {
            return [Blocker("finished")];
        }

        if (PlaybookTransitions.ExitFor(Stage, target) is not { } exit)
        {
            var refusal = Blocker("not-allowed", ("From", StageNames.Of(Stage)), ("To", StageNames.Of(target)));
            return [NextStage is { } n ? $"{refusal} {Blocker("not-allowed.next", ("Next", StageNames.Of(n)))}" : refusal];
        }

        return exit.Blockers(this).ToList();
    }

    /// <summary>Moves the incident to <paramref name="target"/> when the table allows it and nothing blocks it.</summary>
    /// <param name="openCheckIns">On closing: what becomes of the check-ins still open; required when there are any.</param>
    /// <exception cref="DomainException">With every reason the move is not possible.</exception>
    public void MoveTo(PlaybookStage target, Actor actor, DateTimeOffset now, OpenCheckInsOnClose? openCheckIns = null)
    {
        if (target == PlaybookStage.NotApplicable)
        {
            throw new DomainException(Blocker("use-not-applicable"));
        }

        var blockers = BlockersFor(target);
        if (blockers.Count > 0)
        {
            throw new DomainException(string.Join(" ", blockers));
        }

        RequireChoiceForOpenCheckIns(target, openCheckIns);
        var from = Stage;
        var exit = PlaybookTransitions.ExitFor(from, target)!; // BlockersFor refused any move the table does not have
        Stage = target;
        if (!IsOpen)
        {
            FinishedAt = now.ToUniversalTime();
        }

        exit.Taken?.Invoke(this, now);
        Record(actor, now, exit.TimelineKey ?? "stage.moved", TextValue.Stage("From", from), TextValue.Stage("To", target));
        if (target == PlaybookStage.Closed)
        {
            SettleOpenCheckIns(openCheckIns, actor, now);
        }
    }

    /// <summary>Ends the playbook because it does not apply: the client acts in bad faith (e.g. wants a lot of work for free).</summary>
    /// <exception cref="DomainException">On a finished incident, or without a clear reason.</exception>
    public void MarkNotApplicable(string? reason, Actor actor, DateTimeOffset now)
    {
        RequireOpen("mark-not-applicable");
        var check = new RuleCheck();
        var why = check.Text("Reason", reason, NotApplicableReasonMaxLength, Messages.Of("stage.reason-missing"));
        if (why.Length is > 0 and < NotApplicableReasonMinLength)
        {
            check.Add("Reason", Messages.Count("stage.reason-too-short(count)", NotApplicableReasonMinLength));
        }

        check.ThrowIfAny();

        var from = Stage;
        Stage = PlaybookStage.NotApplicable;
        NotApplicableReason = why;
        FinishedAt = now.ToUniversalTime();
        CancelCallStillAhead(now);
        Record(actor, now, "stage.not-applicable", TextValue.Stage("Stage", from), TextValue.Text("Reason", why));
    }

    internal static string Blocker(string key, params (string Name, object? Value)[] values) =>
        TextCatalog.Fill("stage-blockers.txt", key, values);
}
