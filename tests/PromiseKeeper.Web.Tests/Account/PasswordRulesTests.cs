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
}
