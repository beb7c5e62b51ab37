using Mediator;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Domain;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Pages.Account;

/// <summary>
/// The signed-in user's own profile: the phone number drafts give the client (e.g. the voicemail), the time zone
/// every page shows and reads times in, and the language of the pages. Name, email, roles and team are the admin's to change. Saving renews the
/// login cookie, so the next page already uses the new zone.
/// </summary>
public sealed class ProfileModel(IMediator mediator, SignInManager<ApplicationUser> signIn, IStringLocalizer<ProfileModel> localizer) : PageModel, IReloadsFormOnError
{
    [BindProperty]
    public Command Data { get; set; } = new();

    public ProfileView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadFormLookupsAsync(cancellationToken);
        Data = new Command { PhoneNumber = View.PhoneNumber, TimeZoneId = View.TimeZoneId, Language = View.Language };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await mediator.Send(Data, cancellationToken);
        await signIn.RefreshSignInAsync(user);
        // Said in the language just chosen: the next page is in it.
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(user.Language ?? CultureInfo.CurrentUICulture.Name);
        TempData[StatusMessage.Key] = localizer["Your profile is saved. Times are shown in {0}.", user.TimeZoneId].Value;
        return RedirectToPage();
    }

    /// <summary>
    /// The zone taken from the notice every page shows until the user chooses one (<see cref="UseTimeZone"/>): back to the page
    /// it was taken on. A zone the tz database does not know is refused here, on the profile, with the zone field marked.
    /// </summary>
    public async Task<IActionResult> OnPostUseZoneAsync(string? zone, string? returnUrl, CancellationToken cancellationToken)
    {
        if (await mediator.Send(new UseTimeZone.Command(zone), cancellationToken) is { } user)
        {
            await signIn.RefreshSignInAsync(user);
            TempData[TimeZoneNotice.ChosenKey] = user.TimeZoneId;
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Page("/Account/Profile")!);
        }

        await OnGetAsync(cancellationToken);
        Data.TimeZoneId = zone is null ? null : TimeZoneNotice.Shortened(zone.Trim());
        ModelState.AddModelError($"{nameof(Data)}.{nameof(Command.TimeZoneId)}", string.IsNullOrWhiteSpace(zone)
            ? localizer["Your browser did not say which time zone it is in. Choose your zone from the list, such as Europe/Ljubljana."]
            : localizer["\"{0}\", the zone your browser gave, is not in the time zone database. Choose your zone from the list, such as Europe/Ljubljana.", TimeZoneNotice.Shortened(zone.Trim())]);
        return Page();
    }

    public async Task LoadFormLookupsAsync(CancellationToken cancellationToken) =>
        View = await mediator.Send(new Query(), cancellationToken);

    public sealed record ProfileView(string DisplayName, string? Email, string? PhoneNumber, string TimeZoneId, string? Language);

    [AuthorizeRequest(RequestAccess.OwnProfile)]
    public sealed record Query : IQuery<ProfileView>;

    [AuthorizeRequest(RequestAccess.OwnProfile)]
    public sealed record Command : ICommand<ApplicationUser>, IDomainInput<ProfileChange>
    {
        public string? PhoneNumber { get; set; }

        public string? TimeZoneId { get; set; }

        /// <summary>en, ru or sl; empty to follow the browser's language.</summary>
        public string? Language { get; set; }

        public Checked<ProfileChange> Parse()
        {
            var check = new RuleCheck();
            var phone = check.PhoneNumber(nameof(PhoneNumber), PhoneNumber);
            var zone = check.TimeZone(nameof(TimeZoneId), TimeZoneId);
            var language = check.Language(nameof(Language), Language);
            return Checked<ProfileChange>.From(check, () => new ProfileChange(phone, zone, language));
        }

        // The profile rules do not depend on the time.
        Checked<ProfileChange> IDomainInput<ProfileChange>.Parse(DateTimeOffset now) => Parse();
    }

    /// <summary>The form as checked: the number trimmed (null for none), the zone an IANA id, the language a code (null for the browser's).</summary>
    public sealed record ProfileChange(string? PhoneNumber, string TimeZoneId, string? Language);

    public sealed class QueryHandler(PromiseKeeperDbContext db, ICurrentUser user) : IQueryHandler<Query, ProfileView>
    {
        public async ValueTask<ProfileView> Handle(Query query, CancellationToken cancellationToken) =>
            await db.Users.AsNoTracking().Where(u => u.Id == user.Id)
                .Select(u => new ProfileView(u.DisplayName, u.Email, u.PhoneNumber, u.TimeZoneId, u.Language))
                .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException();
    }

    /// <returns>The user as saved, to renew the login cookie with.</returns>
    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, ApplicationUser>
    {
        public async ValueTask<ApplicationUser> Handle(Command command, CancellationToken cancellationToken)
        {
            var (phone, zone, language) = command.Parse().OrThrow();
            var saved = await db.Users.SingleOrDefaultAsync(u => u.Id == user.Id, cancellationToken) ?? throw new NotFoundException();
            saved.PhoneNumber = phone;
            saved.TimeZoneId = zone;
            saved.TimeZoneChosenAt = clock.GetUtcNow();
            saved.Language = language;
            await db.SaveChangesAsync(cancellationToken);
            return saved;
        }
    }
}
