using Microsoft.AspNetCore.Mvc.Rendering;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Web.Infrastructure.Forms;

public static class SelectLists
{
    /// <summary>Every value of an enum with its display text, in declaration order.</summary>
    public static IReadOnlyList<SelectListItem> For<TEnum>(Func<TEnum, string> text)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => new SelectListItem(text(v), v.ToString())).ToList();

    /// <summary>The supported languages, each named in itself ("Русский"), valued by its code.</summary>
    public static IReadOnlyList<SelectListItem> ForLanguages() =>
        [.. Languages.All.Select(code => new SelectListItem(Languages.NativeName(code), code))];
}
