using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Texts;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Pages.Clients;

namespace PromiseKeeper.Web.Pages.Incidents;

/// <summary>
/// "Log a broken promise": a short form with what the account manager knows at once (and can add the client too).
/// Who promised, when and where, the client's goals, the damage and the losses follow during the first stage.
/// </summary>
public sealed class LogModel(IMediator mediator, PromiseKeeperDbContext db, ClientDirectory clients, TimeProvider clock, IStringLocalizer<LogModel> localizer) : PageModel, IReloadsFormOnError
{
    [BindProperty]
    public Command Data { get; set; } = new();

    public IReadOnlyList<SelectListItem> ClientOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> ContactOptions { get; private set; } = [];

    /// <summary>The contacts of <see cref="ContactOptions"/> as JSON, for the script that fills the contact fields.</summary>
    public string ContactsJson { get; private set; } = "{}";

    public async Task OnGetAsync(int? clientId, CancellationToken cancellationToken)
    {
        Data.ClientId = clientId;
        // Found out just now, in most cases: now in the user's own zone, the zone the form is read in.
        var now = TimeZones.ToLocal(clock.GetUtcNow(), UserTimeZone.ZoneOf(User));
        Data.DiscoveredAt = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMinute));
        await LoadFormLookupsAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Data.ContactId is { } contactId)
        {
            // The chosen contact fills the contact fields left empty (without JavaScript nothing filled them); typed ones win.
            var contact = (await mediator.Send(new LogContacts.Chosen(contactId), cancellationToken)).Contact;
            if (contact is null || Data.ClientMode != ClientChoice.Existing || contact.ClientId != Data.ClientId)
            {
                ModelState.AddModelError($"{nameof(Data)}.{nameof(Command.ContactId)}", localizer["Choose a contact of the chosen client, or leave the choice empty and type the person's details."]);
                await LoadFormLookupsAsync(cancellationToken);
                return Page();
            }

            Data.ContactName = RuleCheck.Clean(Data.ContactName) ?? contact.Name;
            Data.ContactRole = RuleCheck.Clean(Data.ContactRole) ?? contact.Title;
            Data.ContactEmail = RuleCheck.Clean(Data.ContactEmail) ?? contact.Email;
        }

        var id = await mediator.Send(Data, cancellationToken);
        TempData[StatusMessage.Key] = localizer["The broken promise is logged. Next: investigate where the promise came from."].Value;
        return RedirectToPage("Details", new { id });
    }

    public async Task LoadFormLookupsAsync(CancellationToken cancellationToken)
    {
        ClientOptions = await clients.OptionsAsync(db, cancellationToken);
        try
        {
            var contacts = await LogContacts.ActiveAsync(db, cancellationToken);
            ContactOptions = LogContacts.Options(contacts);
            ContactsJson = LogContacts.Json(contacts);
        }
        catch (Exception ex) when (DatabaseUnavailable.Is(ex) && !cancellationToken.IsCancellationRequested)
        {
            // The form comes back with what was typed even while the database is down ("could not save"); the
            // contact fields still take a person, only the saved contacts are not offered until it answers again.
            ContactOptions = [];
            ContactsJson = "{}";
        }
    }

    public enum ClientChoice
    {
        Existing,
        New,
    }

    /// <summary>
    /// The form as typed. Property names match <see cref="IncidentDetails"/>, so the domain's messages land on the right fields;
    /// they are declared in form order, which is the order of the error summary.
    /// </summary>
    [AuthorizeRequest(RequestAccess.LogIncidents)]
    public sealed record Command : ICommand<long>, IDomainInput<IncidentToLog>
    {
        private const string NewClientPrefix = "NewClient";

        public ClientChoice ClientMode { get; set; }

        public int? ClientId { get; set; }

        public string? NewClientName { get; set; }

        public LoyaltyLevel? NewClientLoyalty { get; set; }

        /// <summary>The new client's language; the reader's own to start from.</summary>
        public string? NewClientLanguage { get; set; } = Languages.OfCurrentUi();

        public string? Summary { get; set; }

        public IncidentKind? Kind { get; set; }

        /// <summary>A contact kept for the client (Clients/{id}), copied into the contact fields left empty.</summary>
        public int? ContactId { get; set; }

        public string? ContactName { get; set; }

        public string? ContactRole { get; set; }

        public string? ContactEmail { get; set; }

        public string? PromiseDescription { get; set; }

        public Fault? Fault { get; set; }

        /// <summary>IANA time zone of the times below: the user's own.</summary>
        [ReaderTimeZone]
        public string? TimeZone { get; set; } = TimeZones.Default;

        public DateTime? DiscoveredAt { get; set; }

        public DateTime? ClientToldAt { get; set; }

        public FirstDisclosure? FirstDisclosure { get; set; }

        public Checked<IncidentToLog> Parse(DateTimeOffset now) => ToDetails().Parse(now);

        /// <summary>The client to add when <see cref="ClientMode"/> is <see cref="ClientChoice.New"/>; its violations are keyed "Name", "Loyalty" and "Language".</summary>
        public Checked<ClientToAdd> ParseNewClient() => Client.Parse(NewClientName, NewClientLoyalty, NewClientLanguage);

        // A new client gets its id only when it is added, after this input is checked: its "choose the client" rule does not apply.
        IReadOnlyList<RuleViolation> IDomainInput.InputViolations(DateTimeOffset now) =>
            ClientMode == ClientChoice.New
                ?
                [
                    .. ParseNewClient().Violations.Select(v => v with { Field = NewClientPrefix + v.Field }),
                    .. Parse(now).Violations.Where(v => v.Field != nameof(ClientId)),
                ]
                : Parse(now).Violations;

        private IncidentDetails ToDetails()
        {
            var zone = TimeZones.Find(TimeZone) ?? NodaTime.DateTimeZone.Utc;
            return new IncidentDetails
            {
                ClientId = ClientId,
                Summary = Summary,
                Kind = Kind,
                ContactName = ContactName,
                ContactRole = ContactRole,
                ContactEmail = ContactEmail,
                PromiseDescription = PromiseDescription,
                Fault = Fault,
                DiscoveredAt = DiscoveredAt is { } discovered ? TimeZones.ToInstant(discovered, zone) : null,
                ClientToldAt = ClientToldAt is { } told ? TimeZones.ToInstant(told, zone) : null,
                FirstDisclosure = FirstDisclosure,
            };
        }
    }

    /// <summary>Only what the domain cannot know: the chosen client exists, a new client's name is free, the browser's time zone and times.</summary>
    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(PromiseKeeperDbContext db, IStringLocalizer<LogModel> localizer)
        {
            RuleFor(c => c.ClientMode).IsInEnum().WithMessage(_ => localizer["Choose an existing client or add a new one."]);
            RuleFor(c => c.TimeZone).Must(zone => TimeZones.Find(zone) is not null)
                .WithMessage(_ => localizer["The time zone of your profile is not known; choose it again on your profile."]);
            RuleFor(c => c.DiscoveredAt).Must((c, at) => at is null || ExistsInZone(at.Value, c.TimeZone))
                .WithMessage(c => TimeZones.SkippedMessage(c.DiscoveredAt, c.TimeZone));
            RuleFor(c => c.ClientToldAt).Must((c, at) => at is null || ExistsInZone(at.Value, c.TimeZone))
                .WithMessage(c => TimeZones.SkippedMessage(c.ClientToldAt, c.TimeZone));

            RuleFor(c => c).CustomAsync(async (command, context, cancellationToken) =>
            {
                if (command.ClientMode == ClientChoice.New)
                {
                    await ClientChecks.AddNameTakenFailureAsync(db, command.NewClientName, context, "NewClient", cancellationToken);
                }
                else if (command.ClientId is { } clientId && !await db.Clients.AnyAsync(c => c.Id == clientId, cancellationToken))
                {
                    context.AddFailure(nameof(Command.ClientId), localizer["That client no longer exists; choose another one."]);
                }
            });
        }

        private static bool ExistsInZone(DateTime local, string? zoneId) =>
            TimeZones.Find(zoneId) is not { } zone || TimeZones.ToInstant(local, zone) is not null;
    }

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock, IStringLocalizer<LogModel> localizer) : ICommandHandler<Command, long>
    {
        public async ValueTask<long> Handle(Command command, CancellationToken cancellationToken)
        {
            user.RequireAnyRole(Roles.AccountManager, Roles.TeamLead);
            var now = clock.GetUtcNow();

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var clientId = command.ClientMode == ClientChoice.New ? await AddNewClientAsync(command, now, cancellationToken) : command.ClientId;
            var incident = Incident.Log((command with { ClientId = clientId }).Parse(now).OrThrow(), user.AsActor(), now, user.TeamId);
            db.Incidents.Add(incident);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return incident.Id;
        }

        private async Task<int> AddNewClientAsync(Command command, DateTimeOffset now, CancellationToken cancellationToken)
        {
            // Checked first (the new client's fields too), so input that cannot be logged adds no client either.
            var violations = ((IDomainInput)command).InputViolations(now);
            if (violations.Count > 0)
            {
                throw new DomainException(violations);
            }

            var client = Client.Create(command.ParseNewClient().OrThrow(), now);
            db.Clients.Add(client);
            await SaveNewClientAsync(cancellationToken);
            return client.Id;
        }

        private async Task SaveNewClientAsync(CancellationToken cancellationToken)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (ClientChecks.IsDuplicateName(ex))
            {
                // Someone added the same client between validation and now.
                throw new ValidationException(
                    [new FluentValidation.Results.ValidationFailure(nameof(Command.NewClientName), localizer["A client with this name was just added by someone else: choose it from the list of existing clients."])]);
            }
        }
    }
}
