using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Pages.Account;

namespace PromiseKeeper.Web.Pages.Admin.Users;

/// <summary>Adds a user with their roles, team and an initial password that they can sign in with straight away.</summary>
public sealed class CreateModel(IMediator mediator, PromiseKeeperDbContext db, IStringLocalizer<CreateModel> localizer) : PageModel, IReloadsFormOnError, IUserProfileForm
{
    [BindProperty]
    public Command Data { get; set; } = new();

    public IReadOnlyList<SelectListItem> TeamOptions { get; private set; } = [];

    IUserProfileInput IUserProfileForm.Data => Data;

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadFormLookupsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var id = await mediator.Send(Data, cancellationToken);
        TempData[StatusMessage.Key] = localizer["{0} can now sign in with {1} and the password you chose.", Data.DisplayName?.Trim() ?? string.Empty, Data.Email?.Trim() ?? string.Empty].Value;
        return RedirectToPage("Edit", new { id });
    }

    public async Task LoadFormLookupsAsync(CancellationToken cancellationToken)
    {
        TeamOptions = await UserAdmin.TeamOptionsAsync(db, cancellationToken);
        Data.Password = null;
    }

    [AuthorizeRequest(RequestAccess.Administer)]
    public sealed record Command : ICommand<string>, IUserProfileInput, IDomainInput<NewUser>
    {
        public string? Email { get; set; }

        public string? DisplayName { get; set; }

        public List<string> Roles { get; set; } = [];

        public int? TeamId { get; set; }

        public string? Password { get; set; }

        /// <summary>The IANA zone the person reads and types times in; empty for UTC.</summary>
        public string? TimeZoneId { get; set; }

        public Checked<NewUser> Parse()
        {
            var check = new RuleCheck();
            var email = check.Email(nameof(Email), Email);
            var profile = check.Profile(this);
            var password = check.Password(nameof(Password), Password);
            var zone = check.TimeZone(nameof(TimeZoneId), TimeZoneId, whenEmpty: TimeZoneIds.Utc);
            return Checked<NewUser>.From(check, () => new NewUser(email, profile, password, zone));
        }

        // The user rules do not depend on the time.
        Checked<NewUser> IDomainInput<NewUser>.Parse(DateTimeOffset now) => Parse();
    }

    /// <summary>The form as checked by <see cref="Command.Parse"/>: the address trimmed, the profile and password checked.</summary>
    public sealed record NewUser(string Email, UserProfile Profile, ChosenPassword Password, string TimeZoneId);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(PromiseKeeperDbContext db, UserManager<ApplicationUser> users, IStringLocalizer<CreateModel> localizer)
        {
            RuleFor(c => c.Email)
                .MustAsync(async (email, _) => string.IsNullOrWhiteSpace(email) || await users.FindByEmailAsync(email.Trim()) is null)
                .WithMessage(_ => localizer[UserAdmin.DuplicateEmailMessage]);
            this.AddTeamExistsRule(db, localizer);
            RuleFor(c => c.Password).CustomAsync((password, context, _) =>
                UserAdmin.AddPasswordFailuresAsync(users, password, context, nameof(Command.Password)));
        }
    }

    public sealed class Handler(UserManager<ApplicationUser> users, PromiseKeeperDbContext db, ICurrentUser user, IAuditLog audit) : ICommandHandler<Command, string>
    {
        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            user.RequireAnyRole(Roles.Admin);
            var (email, profile, password, zone) = command.Parse().OrThrow();
            var created = new ApplicationUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = profile.DisplayName,
                TeamId = profile.TeamId,
                TimeZoneId = zone,
            };

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            UserAdmin.ThrowIfFailed(await users.CreateAsync(created, password.Value), nameof(Command.Password));
            var team = created.TeamId is null ? null : await UserAdmin.TeamNameAsync(db, created.TeamId, cancellationToken);
            // Saved with the roles (Identity's store saves on this request's DbContext).
            audit.Add(
                AuditAction.UserCreated,
                AuditTexts.UserCreated(created.DisplayName, profile.Roles, team),
                AuditSubject.User(created.Email));
            UserAdmin.ThrowIfFailed(await users.AddToRolesAsync(created, profile.Roles), nameof(Command.Password));
            await transaction.CommitAsync(cancellationToken);
            return created.Id;
        }
    }
}
