using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PromiseKeeper.BrowserTests.Infrastructure;
using PromiseKeeper.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace PromiseKeeper.BrowserTests.PageObjects;

/// <summary>The sign-in page, and the sign-out button every page has once signed in.</summary>
public sealed partial class LoginPage(IPage page) : FormPage(page)
{
    /// <summary>Signs in through the login page and waits until the app has let the user in.</summary>
    public async Task SignInAsync(DemoData.DemoUser user)
    {
        await Page.GotoAsync("/Account/Login");
        await Page.GetByLabel("Email", new() { Exact = true }).FillAsync(user.Email);
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(DemoData.Password);
        await ClickAsync("Sign in");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Sign out", IncludeHidden = true })).ToBeAttachedAsync();
        await Expect(Page).Not.ToHaveURLAsync(LoginUrl());
        // Scripts (Bootstrap's menu, site.js) run before "load"; clicking earlier can miss them.
        await Page.WaitUntilLoadedAsync();
    }

    /// <summary>Signs out with the layout's button and waits for the login page.</summary>
    public async Task SignOutAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(LoginUrl());
    }

    [GeneratedRegex("/Account/Login", RegexOptions.IgnoreCase)]
    private static partial Regex LoginUrl();
}
