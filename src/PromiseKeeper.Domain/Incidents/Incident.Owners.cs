using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

// Owners of prevention measures and check-ins are users (of any team); free-text owners from before stay until someone picks a user.
public sealed partial class Incident
{
    /// <summary>Gives a measure that is not done yet to <paramref name="owner"/>; its owner text becomes their name.</summary>
    /// <returns>Whether the owner changed (false when <paramref name="owner"/> already owned it).</returns>
    /// <exception cref="DomainException">For an unknown or finished measure, or on an incident marked not applicable.</exception>
    public bool GiveMeasureTo(Guid measureId, Actor owner, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(owner);
        RequireMeasuresTracked();
        var measure = _preventionMeasures.FirstOrDefault(m => m.Id == measureId)
            ?? throw new DomainException(Messages.Of("measure.unknown"));
        if (measure.Status == MeasureStatus.Done)
        {
            throw new DomainException(Messages.Of("measure.done-keeps-owner"));
        }

        if (string.Equals(measure.OwnerId, owner.UserId, StringComparison.Ordinal))
        {
            return false;
        }

        measure.GiveTo(OwnerAsNamed(owner));
        Record(actor, now, "measure.owner-changed", TextValue.Text("Measure", measure.Description), TextValue.Text("Owner", measure.Owner));
        return true;
    }

    /// <summary>
    /// Gives an open check-in to <paramref name="owner"/>. The incident's owner is stored as no one in particular, so the
    /// check-in follows the incident when it is reassigned.
    /// </summary>
    /// <returns>Whether the owner changed.</returns>
    /// <exception cref="DomainException">For an unknown, done or closed check-in, or on a finished incident.</exception>
    public bool GiveCheckInTo(Guid checkInId, Actor owner, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var checkIn = OpenCheckInToChange(checkInId);
        var ownerId = OwnerIdOfCheckIn(owner);
        if (string.Equals(checkIn.OwnerId, ownerId, StringComparison.Ordinal))
        {
            return false;
        }

        checkIn.GiveTo(ownerId);
        Record(actor, now, "check-in.owner-changed", TextValue.Date("On", checkIn.PlannedOn), TextValue.Text("Topic", checkIn.Topic), TextValue.Text("Owner", OwnerAsNamed(owner).DisplayName));
        return true;
    }

    /// <summary>Who updates the client on a check-in planned for <paramref name="owner"/>: null for the incident's owner (the default).</summary>
    private string? OwnerIdOfCheckIn(Actor? owner) =>
        owner is null || string.Equals(owner.UserId, OwnerId, StringComparison.Ordinal) ? null : owner.UserId;

    private CheckIn OpenCheckInToChange(Guid checkInId)
    {
        var checkIn = _checkIns.FirstOrDefault(c => c.Id == checkInId);
        // A check-in kept planned when the incident closed is still owed to the client, so it can still be handed on.
        if (!IsOpen && (Stage != PlaybookStage.Closed || checkIn is null || checkIn.CancelledAt is not null))
        {
            RequireOpen("update-check-ins");
        }

        if (checkIn is null)
        {
            throw new DomainException(Messages.Of("check-in.unknown"));
        }

        if (!checkIn.IsOpen)
        {
            throw new DomainException(Messages.Of("check-in.done-keeps-owner"));
        }

        return checkIn;
    }

    /// <summary>The owner with their name cut to what a measure's owner text holds.</summary>
    private static Actor OwnerAsNamed(Actor owner) =>
        owner.DisplayName.Length > IncidentDetails.NameMaxLength ? owner with { DisplayName = owner.DisplayName[..IncidentDetails.NameMaxLength] } : owner;
}
