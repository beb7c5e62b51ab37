using System.Reflection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using PromiseKeeper.Web.Data;

namespace PromiseKeeper.Web.Infrastructure.Identity;

/// <summary>
/// Refuses passwords on the shipped list of about 25,000 common ones (common-passwords.txt, SecLists and another MIT list: see
/// common-passwords.LICENSE.txt), ignoring case, and also when only digits or symbols were added before or after one
/// ("Password1234", "!!qwertyuiop"): the length rule alone lets those through.
/// </summary>
public sealed class CommonPasswordValidator(IStringLocalizer<CommonPasswordValidator> localizer) : IPasswordValidator<ApplicationUser>
{
    public const string ErrorCode = "CommonPassword";
    public const string ResourceName = "Identity/common-passwords.txt";

    private const int ShortestListedWordThatCounts = 4;

    private static readonly Lazy<HashSet<string>> CommonPasswords = new(Load);

    /// <summary>Printable ASCII that is not a letter: what people add around a common word.</summary>
    private static readonly char[] Decoration = [.. Enumerable.Range(0x20, 0x7f - 0x20).Select(c => (char)c).Where(c => !char.IsLetter(c))];

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = ErrorCode,
                Description = localizer["This password is one of the most commonly used, so it is among the first an attacker tries. Choose another one, for example a few unrelated words."],
            })
            : IdentityResult.Success);

    public static bool IsCommon(string password)
    {
        var lower = password.ToLowerInvariant();
        var core = lower.Trim(Decoration);
        return CommonPasswords.Value.Contains(lower)
            || (core.Length >= ShortestListedWordThatCounts && CommonPasswords.Value.Contains(core));
    }

    public static int Count => CommonPasswords.Value.Count;

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The common-password list {ResourceName} is not embedded in the app.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                words.Add(line.ToLowerInvariant());
            }
        }

        return words;
    }
}
