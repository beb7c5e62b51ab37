using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;
using PromiseKeeper.Web.Pages.Admin;

namespace PromiseKeeper.Web.Tests.Admin;

/// <summary>Every role has a name on the admin pages and in the audit log's words, in every language.</summary>
public sealed class RoleNamesTests
{
    public static TheoryData<string> EveryRole() => [.. Roles.All];

    [Theory]
    [MemberData(nameof(EveryRole))]
    public void The_role_has_a_name_for_the_pages_and_a_word_for_the_audit_log_in_every_language(string role)
    {
        // Only the admin's name is its constant.
        Assert.True(role == Roles.Admin || UserAdmin.RoleName(role) != role, $"{role} has no name on the admin pages.");
        foreach (var language in Languages.All)
        {
            Assert.Contains($"word.role.{role}", TextCatalog.Keys(IncidentEvent.TextFile, language));
        }
    }
}
