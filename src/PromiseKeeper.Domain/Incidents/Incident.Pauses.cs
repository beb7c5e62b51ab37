using PromiseKeeper.Domain.Clocks;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

// Waits that hold the account manager's clocks: on the client (recorded by the account manager) and on legal (from the
// request until legal decides; the wait under way is read off LegalReviewRequestedAt, a row is kept once it ends).
public sealed partial class Incident
{
    private readonly List<IncidentPause> _pauses = [];

    public IReadOnlyList<IncidentPause> Pauses => _pauses;

    public IncidentPause? OpenClientPause => _pauses.FirstOrDefault(p => p.Reason == PauseReason.WaitingOnClient && p.IsOpen);

    /// <summary>Since when the incident waits for legal's review now; null when it does not.</summary>
    public DateTimeOffset? WaitingOnLegalSince =>
        LegalReviewStatus == LegalReviewStatus.Awaiting ? LegalReviewRequestedAt : null;

    /// <summary>Every wait as the clocks count it, the wait on legal under way included; waits still open when the incident finished end there.</summary>
    public IReadOnlyList<ClockPause> ClockPauses()
    {
        var pauses = _pauses.Select(p => p.ToClockPause(FinishedAt)).ToList();
        if (WaitingOnLegalSince is { } since)
        {
            pauses.Add(new ClockPause(since, FinishedAt, PauseReason.WaitingOnLegal));
        }

        return [.. pauses.OrderBy(p => p.Start)];
    }

    /// <summary>Records that the next step waits on the client since <paramref name="since"/> (now when null), and why.</summary>
    /// <exception cref="DomainException">On a finished incident, while it already waits on the client, for a time before the discovery or in the future, or without a reason.</exception>
    public IncidentPause WaitOnClient(DateTimeOffset? since, string? note, Actor actor, DateTimeOffset now)
    {
        RequireOpen("wait-on-client");
        if (OpenClientPause is not null)
        {
            throw new DomainException(Messages.Of("pause.already-waiting"));
        }

        var check = new RuleCheck();
        var start = since ?? now;
        if (start > now)
        {
            check.Add("Since", Messages.Of("pause.in-future"));
        }
        else if (start < DiscoveredAt)
        {
            check.Add("Since", Messages.Of("pause.before-discovery"));
        }

        var why = check.Text("Note", note, IncidentPause.NoteMaxLength, Messages.Of("pause.note-missing"));
        check.ThrowIfAny();

        var pause = IncidentPause.Start(PauseReason.WaitingOnClient, start, why, actor);
        _pauses.Add(pause);
        Record(actor, now, "pause.client-started", TextValue.Instant("Since", pause.StartedAt), TextValue.Text("Note", why));
        return pause;
    }

    /// <summary>The client answered: the wait on them ends now.</summary>
    /// <exception cref="DomainException">When the incident does not wait on the client.</exception>
    public void ClientAnswered(Actor actor, DateTimeOffset now)
    {
        var pause = OpenClientPause ?? throw new DomainException(Messages.Of("pause.not-waiting"));
        pause.End(actor, now);
        Record(actor, now, "pause.client-answered", TextValue.Instant("Since", pause.StartedAt));
    }

    /// <summary>Keeps the wait on legal that ends now (legal decided, or the incident no longer needs legal) as a row.</summary>
    private void EndLegalWait(Actor actor, DateTimeOffset now)
    {
        if (WaitingOnLegalSince is { } since)
        {
            var pause = IncidentPause.Start(PauseReason.WaitingOnLegal, since, null, actor);
            pause.End(actor, now);
            _pauses.Add(pause);
        }
    }
}
