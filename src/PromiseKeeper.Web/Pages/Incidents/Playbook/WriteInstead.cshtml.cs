using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;
using PromiseKeeper.Web.Infrastructure.Texts;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Incidents.Playbook;

/// <summary>
/// Stage 3 when a call is impossible: a careful, honest written message that still offers to talk, drafted from the
/// incident and checked for blame language once saved. Marking it as sent is when the client is told.
/// </summary>
public sealed class WriteInsteadModel(IMediator mediator, DraftTexts drafts, IStringLocalizer<WriteInsteadModel> localizer) : IncidentFormPage<CallContext, WriteInsteadModel.Command>(mediator)
{
    /// <summary>True (from the query string) to fill the message from a fresh draft instead of the saved one.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Regenerate { get; set; }

    /// <summary>"Redraft the message": fills the message afresh from the words for the client as typed, saving nothing.</summary>
    public async Task<IActionResult> OnPostRedraftAsync(long id, CancellationToken cancellationToken)
    {
        await LoadViewAsync(id, cancellationToken);
        if (Data.Version != View.Header.Version)
        {
            // Drafts from a record that changed since the form was shown would mix the two: say so, as a save would.
            throw new DbUpdateConcurrencyException("The incident changed since the form was shown.");
        }

        Data = Data with { Message = drafts.EmailInstead(FactsAsTyped(View, Data)) };

        // The field shows the new draft, not the posted text; nothing was saved, so there is nothing to report.
        ModelState.Clear();
        return Page();
    }

    public Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken) =>
        Data.Sent
            ? SendAsync(Data with { Id = id }, localizer["The message is marked as sent: the client has heard it from us. Next: talk with them when they are ready, and record the conversation."], cancellationToken)
            : SendAndStayAsync(Data with { Id = id }, localizer["The message is saved. Send it, then mark it as sent here."], cancellationToken);

    protected override IQuery<CallContext> ViewQuery(long id) => new Query(id);

    protected override Command FormFrom(CallContext view)
    {
        var saved = view.WrittenInstead;
        return new Command
        {
            Version = view.Header.Version,
            ClientSentence = view.Incident.ClientSentence,
            Greeting = view.Incident.Greeting ?? GreetingForm.FullName,
            ContactTitle = view.Incident.ContactTitle,
            Reason = saved?.EmailInsteadReason,
            Message = saved is not null && !Regenerate ? saved.EmailInsteadMessage : drafts.EmailInstead(view.DraftFacts),
        };
    }

    private static DraftFacts FactsAsTyped(CallContext view, Command typed) => view.DraftFacts with
    {
        ClientSentence = typed.ClientSentence,
        Greeting = typed.Greeting is { } greeting && Enum.IsDefined(greeting) ? greeting : GreetingForm.FullName,
        ContactTitle = typed.ContactTitle,
    };

    [AuthorizeRequest(RequestAccess.ReadIncident)]
    public sealed record Query(long Id) : IQuery<CallContext>;

    /// <summary>The message as typed. Property names match <see cref="EmailInsteadDetails"/>, so the domain's messages land on the right fields.</summary>
    [AuthorizeRequest(RequestAccess.ChangeIncident)]
    public sealed record Command : ICommand, IIncidentChange, IDomainInput<MessageInsteadOfCall>
    {
        public long Id { get; init; }

        /// <summary>The incident's version when the page was shown, to catch a concurrent change.</summary>
        public uint Version { get; init; }

        public string? Reason { get; init; }

        public string? Message { get; init; }

        public string? ClientSentence { get; init; }

        public GreetingForm? Greeting { get; init; } = GreetingForm.FullName;

        public string? ContactTitle { get; init; }

        /// <summary>Set by the "Save and mark as sent" button.</summary>
        public bool Sent { get; init; }

        /// <summary>Ticked to mark the message as sent although it has blame findings (they stay on the record).</summary>
        public bool SendAnyway { get; init; }

        public Checked<MessageInsteadOfCall> Parse(DateTimeOffset now) => new EmailInsteadDetails
        {
            Reason = Reason,
            Message = Message,
            ClientSentence = ClientSentence,
            Greeting = Greeting,
            ContactTitle = ContactTitle,
        }.Parse();
    }

    public sealed class QueryHandler(PromiseKeeperDbContext db, ICurrentUser user) : IQueryHandler<Query, CallContext>
    {
        public async ValueTask<CallContext> Handle(Query query, CancellationToken cancellationToken) =>
            await CallContext.LoadAsync(db, query.Id, user, cancellationToken);
    }

    /// <remarks>Loads the blame findings: a text checked again records only findings not recorded before.</remarks>
    /// <remarks>A planned call whose invitation was emailed is cancelled in the attendees' calendars too (<see cref="CallInvitationEmails"/>).</remarks>
    public sealed class Handler(IncidentChanges changes, CallInvitationEmails invitations) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            await changes.ApplyAsync(command, command.Parse, IncidentParts.BlameFindings, invitations.Organizer,
                (incident, message, organizer, by) =>
                {
                    if (command.Sent)
                    {
                        incident.RequireConfirmationToSend(nameof(Command.Message), message.Message, command.SendAnyway);
                    }

                    incident.WriteInsteadOfCall(message, command.Sent, by.Actor, by.Now);
                    invitations.SendCancellationIfEmailed(incident, organizer, by);
                    return true;
                }, cancellationToken);
            return Unit.Value;
        }
    }
}
