using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Texts;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Clients;

/// <summary>Adds a client account.</summary>
public sealed class CreateModel(IMediator mediator, IStringLocalizer<CreateModel> localizer) : PageModel
{
    [BindProperty]
    public Command Data { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var name = await mediator.Send(Data, cancellationToken);
        TempData[StatusMessage.Key] = localizer["{0} is added.", name].Value;
        return RedirectToPage("Index");
    }

    [AuthorizeRequest(RequestAccess.LogIncidents)]
    public sealed record Command : ICommand<string>, IDomainInput<ClientToAdd>
    {
        public string? Name { get; set; }

        public LoyaltyLevel? Loyalty { get; set; }

        /// <summary>The language the client is written to in; the reader's own to start from.</summary>
        public string? Language { get; set; } = Languages.OfCurrentUi();

        public Checked<ClientToAdd> Parse(DateTimeOffset now) => Client.Parse(Name, Loyalty, Language);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(PromiseKeeperDbContext db, IStringLocalizer<CreateModel> localizer)
        {
            RuleFor(c => c).CustomAsync((command, context, cancellationToken) =>
                ClientChecks.AddNameTakenFailureAsync(db, command.Name, context, fieldPrefix: string.Empty, cancellationToken, message: localizer[ClientChecks.NameTakenMessage]));
        }
    }

    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock, IStringLocalizer<CreateModel> localizer) : ICommandHandler<Command, string>
    {
        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            user.RequireAnyRole(Roles.AccountManager, Roles.TeamLead);
            var now = clock.GetUtcNow();
            var client = Client.Create(command.Parse(now).OrThrow(), now);
            db.Clients.Add(client);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (ClientChecks.IsDuplicateName(ex))
            {
                throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(Command.Name), localizer["A client with this name was just added by someone else."])]);
            }

            return client.Name;
        }
    }
}
