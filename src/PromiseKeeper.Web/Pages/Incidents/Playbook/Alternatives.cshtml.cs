using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>
/// Stage 2, "Research alternatives": the options we could offer (cost to us, value to the client, who confirmed we can
/// deliver), which of them form the offer, and how the offer compares with the client's loss.
/// Adding an option is this page's form; confirming an option and changing the offer are their own commands
/// (<see cref="ConfirmOption"/>, <see cref="ChangeOffer"/>) posted to named handlers.
/// </summary>
public sealed class AlternativesModel(IMediator mediator, IStringLocalizer<AlternativesModel> localizer) : IncidentFormPage<AlternativesModel.AlternativesView, AlternativesModel.Command>(mediator)
{
    public const string DefaultCurrency = "EUR";

    private bool _postedAnotherForm;

    /// <summary>Adds an option (the page's own form).</summary>
    public Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken) =>
        SendAndStayAsync(Data with { Id = id }, string.IsNullOrWhiteSpace(Data.ConfirmedBy)
            ? localizer["The option is added. Ask the team or a manager to confirm we can deliver it before you offer it."]
            : localizer["The option is added. It is confirmed, so you can put it into the offer."], cancellationToken);

    public Task<IActionResult> OnPostConfirmAsync(long id, ConfirmOption.Command confirm, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(confirm);
        _postedAnotherForm = true;
        return SendAndStayAsync(confirm with { Id = id }, description => localizer["Recorded who confirmed we can deliver \"{0}\".", description], cancellationToken);
    }

    public Task<IActionResult> OnPostOfferAsync(long id, ChangeOffer.Command offer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(offer);
        _postedAnotherForm = true;
        return SendAndStayAsync(offer with { Id = id }, description => offer.InOffer
            ? localizer["\"{0}\" is now part of the offer.", description]
            : localizer["\"{0}\" is no longer part of the offer.", description], cancellationToken);
    }

    public override async Task LoadFormLookupsAsync(CancellationToken cancellationToken)
    {
        await base.LoadFormLookupsAsync(cancellationToken);
        if (_postedAnotherForm)
        {
            // The add form was not what was posted: show it fresh, not with the empty values bound from another form.
            ModelState.Remove($"{FormErrorsPageFilter.FormPrefix}.{nameof(Command.Version)}");
            Data = FormFrom(View);
        }
    }

    protected override IQuery<AlternativesView> ViewQuery(long id) => new Query(id);

    /// <summary>An empty add form, in the currency of the largest known loss.</summary>
    protected override Command FormFrom(AlternativesView view)
    {
        var currency = view.Incident.LargestKnownLoss?.Currency ?? DefaultCurrency;
        return new Command { Version = view.Header.Version, CostToUsCurrency = currency, ValueToClientCurrency = currency };
    }

    [AuthorizeRequest(RequestAccess.ReadIncident)]
    public sealed record Query(long Id) : IQuery<AlternativesView>;

    /// <summary>The incident read-only (with its options), for the table and the proportionality panel.</summary>
    /// <param name="Legal">Where a contract-linked incident stands with legal, and legal's latest notes on what may be offered.</param>
    public sealed record AlternativesView(IncidentHeader Header, Incident Incident, ProportionalityAssessment Assessment, LegalReviewSummary Legal) : IIncidentView
    {
        public bool IsAtStage => Incident.Stage == PlaybookStage.ResearchAlternatives;

        public IReadOnlyList<CompensationOption> Options => [.. Incident.Options.OrderBy(o => o.Id)];
    }

    /// <summary>An option as typed. Property names match <see cref="OptionDetails"/>, so the domain's messages land on the right fields.</summary>
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command : ICommand<Guid>, IIncidentChange, IDomainInput<OptionProposal>
    {
        public long Id { get; init; }

        /// <summary>The incident's version when the page was shown, to catch a concurrent change.</summary>
        public uint Version { get; init; }

        public CompensationKind? Kind { get; init; }

        public string? Description { get; init; }

        public string? ClientDescription { get; init; }

        public decimal? CostToUsAmount { get; init; }

        public string? CostToUsCurrency { get; init; } = DefaultCurrency;

        public decimal? ValueToClientAmount { get; init; }

        public string? ValueToClientCurrency { get; init; } = DefaultCurrency;

        public string? ConfirmedBy { get; init; }

        public Checked<OptionProposal> Parse(DateTimeOffset now) => new OptionDetails
        {
            Kind = Kind,
            Description = Description,
            ClientDescription = ClientDescription,
            CostToUsAmount = CostToUsAmount,
            CostToUsCurrency = CostToUsAmount is null ? null : CostToUsCurrency?.Trim().ToUpperInvariant(),
            ValueToClientAmount = ValueToClientAmount,
            ValueToClientCurrency = ValueToClientAmount is null ? null : ValueToClientCurrency?.Trim().ToUpperInvariant(),
            ConfirmedBy = ConfirmedBy,
        }.Parse();
    }

    public sealed class QueryHandler(PromiseKeeperDbContext db, ICurrentUser user) : IQueryHandler<Query, AlternativesView>
    {
        public async ValueTask<AlternativesView> Handle(Query query, CancellationToken cancellationToken)
        {
            var (header, incident, _, _, _) = await db.ReadAsync(query.Id, user, [nameof(Incident.Options), nameof(Incident.LegalReviews), nameof(Incident.LegalTextReviews), nameof(Incident.LegalNotes)], cancellationToken);
            return new AlternativesView(header, incident, incident.AssessOffer(), LegalReviewSummary.For(incident, user));
        }
    }

    public sealed class Handler(IncidentChanges changes) : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken cancellationToken) =>
            await changes.ApplyAsync(command, command.Parse, IncidentParts.None,
                (incident, proposal, by) => incident.AddOption(proposal, by.Actor, by.Now).Id, cancellationToken);
    }
}
