using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Account;

public sealed class PasswordRulesTests(WebAppFixture app) : WebAppTest(app)
{
    [Theory]
    [InlineData("elevenchars", false)]
    [InlineData("twelve chars", true)]
    [InlineData("alllowercaseletters", true)]
    [InlineData("123456789012", true)]
    public async Task A_password_needs_twelve_characters_and_nothing_else(string password, bool accepted)
    {
        await using var scope = App.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var email = $"{Guid.NewGuid():N}@tests.promisekeeper.test";

        var result = await users.CreateAsync(new ApplicationUser { UserName = email, Email = email, DisplayName = "Pat" }, password);

        Assert.Equal(accepted, result.Succeeded);
        if (!accepted)
        {
            Assert.Equal(["PasswordTooShort"], result.Errors.Select(e => e.Code));
        }
    }

    [Theory]
    [InlineData("Password1234")]
    [InlineData("qwertyuiop12")]
    [InlineData("!!iloveyou2026")]
    [InlineData("Sunshine2026!")]
    public async Task A_common_password_or_one_with_only_digits_and_symbols_added_is_refused(string password)
    {
        await using var scope = App.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var email = $"{Guid.NewGuid():N}@tests.promisekeeper.test";

        var result = await users.CreateAsync(new ApplicationUser { UserName = email, Email = email, DisplayName = "Pat" }, password);

        Assert.Equal([CommonPasswordValidator.ErrorCode], result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void The_shipped_list_has_at_least_ten_thousand_passwords()
    {
        Assert.True(CommonPasswordValidator.Count >= 10_000, $"{CommonPasswordValidator.Count} passwords");
        Assert.False(CommonPasswordValidator.IsCommon(TestUser.Password));
    }
}
