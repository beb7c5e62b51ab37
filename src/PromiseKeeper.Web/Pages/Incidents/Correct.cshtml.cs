using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NodaTime;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Web.Pages.Incidents;

/// <summary>
/// "Correct the record": whoever may change the incident corrects the facts logged at once (fault, damage, losses,
/// summary, kind, contact, personal harm, who knew when), with a reason. Each changed field is kept as field history
/// and shows on the timeline; severity, the script and proportionality are worked out from the facts, so they follow.
/// Who promised, when and where are corrected on the origin page.
/// </summary>
public sealed partial class CorrectModel(IMediator mediator, IStringLocalizer<CorrectModel> localizer) : IncidentFormPage<CorrectModel.CorrectView, CorrectModel.Command>(mediator)
{
    public Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken) =>
        SendAsync(Data with { Id = id }, fields => localizer["Corrected the record: {0}. The history keeps what it said before.", string.Join(", ", fields.Select(f => CorrectedFields.Name(f, Languages.OfCurrentUi())))].Value, cancellationToken);

    protected override IQuery<CorrectView> ViewQuery(long id) => new Query(id);

    protected override Command FormFrom(CorrectView view) => Command.From(view, UserTimeZone.ZoneOf(User));

    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Query(long Id) : IQuery<CorrectView>, IChecksIncidentAccessOnLoad;

    /// <summary>The facts as they stand and every earlier correction, newest first.</summary>
    public sealed record CorrectView : IIncidentView
    {
        public required IncidentHeader Header { get; init; }
        public required string Summary { get; init; }
        public required IncidentKind? Kind { get; init; }
        public required string ContactName { get; init; }
        public required string? ContactRole { get; init; }
        public required string? ContactEmail { get; init; }
        public required string PromiseDescription { get; init; }
        public required Fault? Fault { get; init; }
        public required DamageKinds Damage { get; init; }
        public required Money? OurLossEstimate { get; init; }
        public required Money? ClientClaimedLoss { get; init; }
        public required PersonalHarm PersonalHarm { get; init; }
        public required string? PersonalHarmNote { get; init; }
        public required DateTimeOffset DiscoveredAt { get; init; }
        public required DateTimeOffset? ClientToldAt { get; init; }
        public required FirstDisclosure? FirstDisclosure { get; init; }
        public required IReadOnlyList<HistoryRow> History { get; init; }
    }

    /// <summary>One corrected field, as the history table shows it.</summary>
    public sealed record HistoryRow(string Field, string OldValue, string NewValue, string ActorName, DateTimeOffset CorrectedAt, string Reason);

    /// <summary>
    /// The form as typed, in form order (the error summary's order). Property names match <see cref="RecordCorrection"/>,
    /// so the domain's messages land on the right fields. Times are in UTC.
    /// </summary>
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command : ICommand<IReadOnlyList<string>>, IIncidentChange, IDomainInput<CorrectedFacts>
    {
        public long Id { get; init; }

        public uint Version { get; init; }

        public string? Summary { get; init; }

        public IncidentKind? Kind { get; init; }

        public string? ContactName { get; init; }

        public string? ContactRole { get; init; }

        public string? ContactEmail { get; init; }

        public string? PromiseDescription { get; init; }

        public Fault? Fault { get; init; }

        public List<DamageKinds> Damage { get; init; } = [];

        public decimal? OurLossAmount { get; init; }

        public string? OurLossCurrency { get; init; } = "EUR";

        public decimal? ClientClaimedLossAmount { get; init; }

        public string? ClientClaimedLossCurrency { get; init; } = "EUR";

        public PersonalHarm PersonalHarm { get; init; }

        public string? PersonalHarmNote { get; init; }

        /// <summary>IANA time zone of the times below: the user's own.</summary>
        [ReaderTimeZone]
        public string? TimeZone { get; init; } = TimeZones.Default;

        public DateTime? DiscoveredAt { get; init; }

        public DateTime? ClientToldAt { get; init; }

        public FirstDisclosure? FirstDisclosure { get; init; }

        public string? Reason { get; init; }

        /// <summary>The form prefilled with the facts on record, times in the user's <paramref name="zone"/>; the reason starts empty.</summary>
        public static Command From(CorrectView view, DateTimeZone zone)
        {
            ArgumentNullException.ThrowIfNull(view);
            return new()
            {
                Id = view.Header.Id,
                Version = view.Header.Version,
                Summary = view.Summary,
                Kind = view.Kind,
                ContactName = view.ContactName,
                ContactRole = view.ContactRole,
                ContactEmail = view.ContactEmail,
                PromiseDescription = view.PromiseDescription,
                Fault = view.Fault,
                Damage = [.. Enum.GetValues<DamageKinds>().Where(k => k != DamageKinds.None && view.Damage.HasFlag(k))],
                OurLossAmount = view.OurLossEstimate?.Amount,
                OurLossCurrency = view.OurLossEstimate?.Currency ?? "EUR",
                ClientClaimedLossAmount = view.ClientClaimedLoss?.Amount,
                ClientClaimedLossCurrency = view.ClientClaimedLoss?.Currency ?? "EUR",
                PersonalHarm = view.PersonalHarm,
                PersonalHarmNote = view.PersonalHarmNote,
                TimeZone = zone.Id,
                DiscoveredAt = Minutes(view.DiscoveredAt, zone),
                ClientToldAt = view.ClientToldAt is { } told ? Minutes(told, zone) : null,
                FirstDisclosure = view.FirstDisclosure,
            };
        }

        public Checked<CorrectedFacts> Parse(DateTimeOffset now) => new RecordCorrection
        {
            Summary = Summary,
            Kind = Kind,
            ContactName = ContactName,
            ContactRole = ContactRole,
            ContactEmail = ContactEmail,
            PromiseDescription = PromiseDescription,
            Fault = Fault,
            Damage = Damage.Aggregate(DamageKinds.None, (all, one) => all | one),
            OurLossAmount = OurLossAmount,
            OurLossCurrency = OurLossAmount is null ? null : OurLossCurrency?.Trim().ToUpperInvariant(),
            ClientClaimedLossAmount = ClientClaimedLossAmount,
            ClientClaimedLossCurrency = ClientClaimedLossAmount is null ? null : ClientClaimedLossCurrency?.Trim().ToUpperInvariant(),
            PersonalHarm = PersonalHarm,
            PersonalHarmNote = PersonalHarmNote,
            DiscoveredAt = DiscoveredAt is { } discovered ? Instant(discovered) : null,
            ClientToldAt = ClientToldAt is { } told ? Instant(told) : null,
            FirstDisclosure = FirstDisclosure,
            Reason = Reason,
        }.Parse(now);

        // The form shows whole minutes (datetime-local), so an untouched time must compare equal to the one on record.
        private static DateTime Minutes(DateTimeOffset at, DateTimeZone zone)
        {
            var local = TimeZones.ToLocal(at, zone);
            return DateTime.SpecifyKind(local.AddTicks(-(local.Ticks % TimeSpan.TicksPerMinute)), DateTimeKind.Unspecified);
        }

        // A time the clocks skip has no instant: the validator below has already refused it with the gap named.
        private DateTimeOffset? Instant(DateTime typed) => TimeZones.ToInstant(typed, TimeZones.Find(TimeZone) ?? DateTimeZone.Utc);
    }

    /// <summary>Only what the domain cannot know: the typed times exist in the user's zone.</summary>
    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.DiscoveredAt).Must((c, at) => at is null || ExistsInZone(at.Value, c.TimeZone))
                .WithMessage(c => TimeZones.SkippedMessage(c.DiscoveredAt, c.TimeZone));
            RuleFor(c => c.ClientToldAt).Must((c, at) => at is null || ExistsInZone(at.Value, c.TimeZone))
                .WithMessage(c => TimeZones.SkippedMessage(c.ClientToldAt, c.TimeZone));
        }

        private static bool ExistsInZone(DateTime local, string? zoneId) =>
            TimeZones.Find(zoneId) is not { } zone || TimeZones.ToInstant(local, zone) is not null;
    }
}
