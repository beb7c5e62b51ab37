using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Infrastructure.Texts;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>
/// Stage 4, "The conversation": what fits the fault (apology, regret, or clarifying once), a reminder of the
/// offer, and the record of how the conversation went and how the client answered the offer.
/// </summary>
public sealed class ConversationModel(IMediator mediator, IStringLocalizer<ConversationModel> localizer) : IncidentFormPage<ConversationModel.ConversationView, ConversationModel.Command>(mediator)
{
    public Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken) =>
        SendAsync(Data with { Id = id }, localizer["The conversation is recorded. Next: write the recap for the client."], cancellationToken);

    protected override IQuery<ConversationView> ViewQuery(long id) => new Query(id);

    protected override Command FormFrom(ConversationView view) => Command.From(view, UserTimeZone.ZoneOf(User));

    [AuthorizeRequest(RequestAccess.ReadIncident)]
    public sealed record Query(long Id) : IQuery<ConversationView>;

    /// <summary>One offered option, as the reminder before the conversation shows it.</summary>
    public sealed record OfferLine(string Description, Money? Value, CompensationKind Kind);

    public sealed record ConversationView : IIncidentView
    {
        public required IncidentHeader Header { get; init; }

        public required Guidance Guidance { get; init; }

        public required AcknowledgementAdvice Advice { get; init; }

        public required Fault Fault { get; init; }

        public required IReadOnlyList<OfferLine> Offer { get; init; }

        public required ProportionalityAssessment Proportionality { get; init; }

        public required ConversationRecord? Saved { get; init; }

        public required Money? OurLossEstimate { get; init; }

        public required Money? ClientClaimedLoss { get; init; }

        public required bool MayChange { get; init; }

        /// <summary>Where a contract-linked incident stands with legal (shows nothing for other incidents).</summary>
        public required LegalReviewSummary Legal { get; init; }

        /// <summary>Contract-linked and not approved by legal as it stands: the conversation cannot be recorded yet.</summary>
        public required bool AwaitsLegalApproval { get; init; }

        public bool IsAtStage => Header.Stage == PlaybookStage.Conversation;
    }

    /// <summary>The form as typed. Property names match <see cref="ConversationDetails"/>, so the domain's messages land on the right fields.</summary>
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command : ICommand, IIncidentChange
    {
        public long Id { get; set; }

        public uint Version { get; set; }

        /// <summary>IANA time zone of <see cref="HeldAt"/>: the user's own.</summary>
        [ReaderTimeZone]
        public string? TimeZone { get; set; } = TimeZones.Default;

        public DateTime? HeldAt { get; set; }

        public string? Notes { get; set; }

        public string? Agreed { get; set; }

        public bool? ClientSharedFeelings { get; set; }

        public Acknowledgement? Acknowledgement { get; set; }

        public decimal? ClientDamageAmount { get; set; }

        public string? ClientDamageCurrency { get; set; }

        public OfferResponse? OfferResponse { get; set; }

        public string? ResponseNote { get; set; }

        /// <summary>The form as the page first shows it: the saved conversation if there is one (its time in the reader's <paramref name="zone"/>), else empty.</summary>
        public static Command From(ConversationView view, NodaTime.DateTimeZone zone)
        {
            ArgumentNullException.ThrowIfNull(view);
            var currency = view.OurLossEstimate?.Currency ?? view.ClientClaimedLoss?.Currency ?? "EUR";
            if (view.Saved is not { } saved)
            {
                return new Command { Version = view.Header.Version, ClientDamageCurrency = currency };
            }

            return new Command
            {
                Version = view.Header.Version,
                TimeZone = zone.Id,
                HeldAt = TimeZones.ToLocal(saved.HeldAt, zone),
                Notes = saved.Notes,
                Agreed = saved.Agreed,
                ClientSharedFeelings = saved.ClientSharedFeelings,
                Acknowledgement = saved.Acknowledgement,
                ClientDamageAmount = view.ClientClaimedLoss?.Amount,
                ClientDamageCurrency = view.ClientClaimedLoss?.Currency ?? currency,
                OfferResponse = saved.OfferResponse,
                ResponseNote = saved.ResponseNote,
            };
        }

        public ConversationDetails ToDetails()
        {
            var zone = TimeZones.Find(TimeZone) ?? NodaTime.DateTimeZone.Utc;
            return new ConversationDetails
            {
                HeldAt = HeldAt is { } held ? TimeZones.ToInstant(held, zone) : null,
                Notes = Notes,
                Agreed = Agreed,
                ClientSharedFeelings = ClientSharedFeelings,
                Acknowledgement = Acknowledgement,
                ClientDamageAmount = ClientDamageAmount,
                ClientDamageCurrency = ClientDamageAmount is null ? null : ClientDamageCurrency?.Trim().ToUpperInvariant(),
                OfferResponse = OfferResponse,
                ResponseNote = ResponseNote,
            };
        }
    }

    /// <summary>Only what the domain cannot judge: the browser's time zone and times it skips.</summary>
    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<ConversationModel> localizer)
        {
            RuleFor(c => c.TimeZone).Must(zone => TimeZones.Find(zone) is not null)
                .WithMessage(_ => localizer["The time zone of your profile is not known; choose it again on your profile."]);
            RuleFor(c => c.HeldAt).Must((c, at) => at is null || TimeZones.Find(c.TimeZone) is not { } zone || TimeZones.ToInstant(at.Value, zone) is not null)
                .WithMessage(c => TimeZones.SkippedMessage(c.HeldAt, c.TimeZone));
        }
    }

    public sealed class QueryHandler(PromiseKeeperDbContext db, ICurrentUser user, StageGuidanceTexts guidance) : IQueryHandler<Query, ConversationView>
    {
        public async ValueTask<ConversationView> Handle(Query query, CancellationToken cancellationToken)
        {
            var (header, incident, _, _, _) = await db.ReadAsync(query.Id, user, [nameof(Incident.Options), nameof(Incident.LegalReviews), nameof(Incident.LegalTextReviews), nameof(Incident.LegalNotes)], cancellationToken);
            return new ConversationView
            {
                Header = header,
                Guidance = guidance.For(PlaybookStage.Conversation),
                Advice = incident.AcknowledgementAdvice,
                Fault = incident.FaultForScript,
                Offer = [.. incident.Offer.Select(o => new OfferLine(o.Description, o.ValueToClient, o.Kind))],
                Proportionality = incident.AssessOffer(),
                Saved = incident.Conversation,
                OurLossEstimate = incident.OurLossEstimate,
                ClientClaimedLoss = incident.ClientClaimedLoss,
                MayChange = user.MayChange(incident),
                Legal = LegalReviewSummary.For(incident, user),
                AwaitsLegalApproval = incident.AwaitsLegalApproval,
            };
        }
    }

    public sealed class Handler(IncidentChanges changes) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            await changes.ApplyAsync(command, IncidentParts.None,
                (incident, by) => incident.RecordConversation(command.ToDetails(), by.Actor, by.Now), cancellationToken);
            return Unit.Value;
        }
    }
}
