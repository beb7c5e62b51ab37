using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Domain.Tests.Incidents.Playbook;

/// <summary>Assertions shared by the playbook tests: a refused action changes nothing and says why.</summary>
internal static class PlaybookAssert
{
    /// <summary>Asserts the action is refused and leaves the timeline and the change time as they were.</summary>
    public static DomainException Refused(Incident incident, Action action)
    {
        var events = incident.Timeline.Count;
        var lastChanged = incident.LastChangedAt;
        var stage = incident.Stage;

        var error = Assert.Throws<DomainException>(action);

        Assert.Equal(events, incident.Timeline.Count);
        Assert.Equal(lastChanged, incident.LastChangedAt);
        Assert.Equal(stage, incident.Stage);
        return error;
    }

    /// <summary>Asserts the action is refused with exactly <paramref name="message"/>.</summary>
    public static void RefusedWith(Incident incident, string message, Action action) =>
        Assert.Equal(message, Refused(incident, action).Message);

    /// <summary>Asserts the action is refused for exactly these fields (sorted comparison), each with a message.</summary>
    public static void RefusedFor(Incident incident, Action action, params string[] fields)
    {
        var error = Refused(incident, action);
        Assert.Equal([.. fields.Order(StringComparer.Ordinal)], error.Violations.Fields());
        Assert.All(error.Violations, v => Assert.False(string.IsNullOrWhiteSpace(v.Message)));
    }

    /// <summary>Asserts the last timeline entry: who, when and what.</summary>
    public static void LastEvent(Incident incident, Actor actor, DateTimeOffset at, string description)
    {
        var last = incident.Timeline[^1];
        Assert.Equal(actor.UserId, last.ActorId);
        Assert.Equal(actor.DisplayName, last.ActorName);
        Assert.Equal(at, last.OccurredAt);
        Assert.Equal(description, last.Description);
        // The entry is kept as a key and values, and its English rendering is the sentence stored.
        Assert.NotNull(last.TextKey);
        Assert.Equal(description, last.TextIn("en", NodaTime.DateTimeZone.Utc));
    }
}
