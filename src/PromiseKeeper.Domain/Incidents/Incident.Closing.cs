using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

// Closing with check-ins still open: the person closing says whether they close too or stay planned.
public sealed partial class Incident
{
    /// <summary>The check-ins neither done nor closed, earliest first.</summary>
    public IReadOnlyList<CheckIn> OpenCheckIns => [.. _checkIns.Where(c => c.IsOpen).OrderBy(c => c.PlannedOn)];

    private void RequireChoiceForOpenCheckIns(PlaybookStage target, OpenCheckInsOnClose? choice)
    {
        if (target == PlaybookStage.Closed && choice is null && OpenCheckIns.Count is > 0 and var open)
        {
            throw new DomainException(Messages.Count("closing.open-check-ins(count)", open));
        }
    }

    private void SettleOpenCheckIns(OpenCheckInsOnClose? choice, Actor actor, DateTimeOffset now)
    {
        var open = OpenCheckIns;
        if (open.Count == 0)
        {
            return;
        }

        var list = TextValue.DatedTopics("CheckIns", open.Select(c => (c.PlannedOn, c.Topic)));
        if (choice == OpenCheckInsOnClose.Close)
        {
            foreach (var checkIn in open)
            {
                checkIn.Cancel(now);
            }

            Record(actor, now, "check-ins.closed-with-incident", list);
        }
        else
        {
            Record(actor, now, "check-ins.kept-after-closing", list);
        }
    }
}
