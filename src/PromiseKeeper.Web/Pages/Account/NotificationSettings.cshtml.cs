using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Notifications;

namespace PromiseKeeper.Web.Pages.Account;

/// <summary>
/// The signed-in user's email choice per kind of notification: at once, in the daily digest, or off. A kind never chosen
/// shows (and uses) its default. The choice applies to notifications written from now on.
/// </summary>
public sealed class NotificationSettingsModel(IMediator mediator, NotificationTexts texts, IStringLocalizer<NotificationSettingsModel> localizer)
    : PageModel, IReloadsFormOnError
{
    [BindProperty]
    public Command Data { get; set; } = new();

    public IReadOnlyList<Setting> Settings { get; private set; } = [];

    public NotificationTexts Texts => texts;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadFormLookupsAsync(cancellationToken);
        Data = new Command { Choices = [.. Settings.Select(s => new ChoiceInput { Kind = s.Kind.ToString(), Email = s.Email.ToString() })] };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(Data, cancellationToken);
        TempData[StatusMessage.Key] = localizer["Your notification settings are saved."].Value;
        return RedirectToPage();
    }

    public async Task LoadFormLookupsAsync(CancellationToken cancellationToken) =>
        Settings = await mediator.Send(new Query(), cancellationToken);

    /// <summary>The choice posted for <paramref name="setting"/>'s kind, else the one saved.</summary>
    public string ChoiceFor(Setting setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        return Data.Choices.FirstOrDefault(c => c.Kind == setting.Kind.ToString())?.Email ?? setting.Email.ToString();
    }

    /// <summary>One kind with the user's choice (or its default) and whether it is the default.</summary>
    public sealed record Setting(NotificationKind Kind, NotificationEmail Email, NotificationEmail Default);

    [AuthorizeRequest(RequestAccess.OwnProfile)]
    public sealed record Query : IQuery<IReadOnlyList<Setting>>;

    [AuthorizeRequest(RequestAccess.OwnProfile)]
    public sealed record Command : ICommand
    {
        public List<ChoiceInput> Choices { get; set; } = [];
    }

    /// <summary>As posted: names, not numbers, so nothing fails to bind; the handler checks them.</summary>
    public sealed class ChoiceInput
    {
        public string? Kind { get; set; }

        public string? Email { get; set; }
    }

    public sealed class QueryHandler(PromiseKeeperDbContext db, ICurrentUser user) : IQueryHandler<Query, IReadOnlyList<Setting>>
    {
        public async ValueTask<IReadOnlyList<Setting>> Handle(Query query, CancellationToken cancellationToken)
        {
            var userId = user.Id;
            var saved = await db.NotificationPreferences().AsNoTracking().Where(p => p.UserId == userId).ToDictionaryAsync(p => p.Kind, p => p.Email, cancellationToken);
            return [.. NotificationDefaults.Kinds.Select(kind =>
                new Setting(kind, saved.TryGetValue(kind, out var email) ? email : NotificationDefaults.For(kind), NotificationDefaults.For(kind)))];
        }
    }

    /// <summary>Checks every posted choice (an unknown kind or value is a message, never a 500), then saves them: one read, one save.</summary>
    public sealed class Handler(PromiseKeeperDbContext db, ICurrentUser user, IStringLocalizer<NotificationSettingsModel> localizer) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var chosen = Parse(command);
            var userId = user.Id;
            var saved = await db.NotificationPreferences().Where(p => p.UserId == userId).ToDictionaryAsync(p => p.Kind, cancellationToken);
            foreach (var (kind, email) in chosen)
            {
                if (saved.TryGetValue(kind, out var preference))
                {
                    preference.Email = email;
                }
                else
                {
                    db.Set<NotificationPreference>().Add(new NotificationPreference { UserId = userId, Kind = kind, Email = email });
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }

        private Dictionary<NotificationKind, NotificationEmail> Parse(Command command)
        {
            var chosen = new Dictionary<NotificationKind, NotificationEmail>();
            var failures = new List<ValidationFailure>();
            for (var i = 0; i < command.Choices.Count; i++)
            {
                var choice = command.Choices[i];
                if (!Named<NotificationKind>(choice.Kind, out var kind) || chosen.ContainsKey(kind))
                {
                    failures.Add(new ValidationFailure(string.Empty, localizer["The form does not match the kinds of notification any more: open the page again."]));
                }
                else if (!Named<NotificationEmail>(choice.Email, out var email))
                {
                    failures.Add(new ValidationFailure($"{nameof(Command.Choices)}[{i}].{nameof(ChoiceInput.Email)}", localizer["Choose at once, daily digest or off."]));
                }
                else
                {
                    chosen[kind] = email;
                }
            }

            if (failures.Count > 0)
            {
                throw new ValidationException(failures);
            }

            return chosen;
        }

        /// <summary>An enum member by its exact name (numbers and unknown names are refused).</summary>
        private static bool Named<TEnum>(string? text, out TEnum value)
            where TEnum : struct, Enum
        {
            value = default;
            return text is not null && Enum.GetNames<TEnum>().Contains(text, StringComparer.Ordinal) && Enum.TryParse(text, out value);
        }
    }
}
