using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Web.Tests.Admin;

/// <summary>
/// Every role has a word for the audit log's account entries in every language (without one, creating a user with
/// the role fails). Its name on the admin pages is checked in every language by EveryPageInEveryLanguageTests, whose
/// user form lists every role.
/// </summary>
public sealed class RoleNamesTests
{
    public static TheoryData<string> EveryRole() => [.. Roles.All];

    [Theory]
    [MemberData(nameof(EveryRole))]
    public void The_role_has_a_word_for_the_audit_log_in_every_language(string role)
    {
        foreach (var language in Languages.All)
        {
            Assert.Contains($"word.role.{role}", TextCatalog.Keys(IncidentEvent.TextFile, language));
        }
    }
}
