using Mediator;
using PromiseKeeper.Domain;

namespace PromiseKeeper.Web.Pages.Incidents;

/// <summary>The account manager records that the next step waits on the client, since when and why (posted from the incident page).</summary>
public static class WaitOnClient
{
    /// <summary>As typed; Since and Note match <see cref="Domain.Incidents.Incident.WaitOnClient"/>'s fields, so the domain's messages land on them.</summary>
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command : ICommand, IIncidentChange
    {
        public long Id { get; init; }

        public uint Version { get; init; }

        /// <summary>IANA time zone of <see cref="Since"/>: the user's own.</summary>
        [ReaderTimeZone]
        public string? TimeZone { get; init; } = TimeZones.Default;

        /// <summary>The wall-clock time the wait started; empty for now.</summary>
        public DateTime? Since { get; init; }

        public string? Note { get; init; }

        /// <summary>The instant <see cref="Since"/> stands for in the user's zone (null: now).</summary>
        /// <exception cref="DomainException">For a time the zone skips.</exception>
        public DateTimeOffset? SinceInstant()
        {
            if (Since is not { } local)
            {
                return null;
            }

            var zone = TimeZones.Find(TimeZone) ?? NodaTime.DateTimeZone.Utc;
            return TimeZones.ToInstant(local, zone)
                ?? throw new DomainException([new RuleViolation(nameof(Since), TimeZones.SkippedMessage(local, TimeZone))]);
        }
    }

    /// <remarks>Loads the pauses: a second open wait on the client is refused.</remarks>
    public sealed class Handler(IncidentChanges changes) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var since = command.SinceInstant();
            await changes.ApplyAsync(command, IncidentParts.Pauses,
                (incident, by) => incident.WaitOnClient(since, command.Note, by.Actor, by.Now), cancellationToken);
            return Unit.Value;
        }
    }
}
