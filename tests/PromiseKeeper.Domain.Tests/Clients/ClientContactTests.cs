using PromiseKeeper.Domain.Clients;

namespace PromiseKeeper.Domain.Tests.Clients;

/// <summary><see cref="ClientContact"/>: the contact's rules and its active flag.</summary>
public class ClientContactTests
{
    [Fact]
    public void A_valid_contact_is_trimmed_and_blank_fields_become_empty()
    {
        var details = ClientContact.Parse("  Ana Novak ", " CFO ", "ana@acme.example", "+386 1 234 5678", " ").OrThrow();

        Assert.Equal("Ana Novak", details.Name);
        Assert.Equal("CFO", details.Title);
        Assert.Equal("+386 1 234 5678", details.Phone);
        Assert.Null(details.Language);
        Assert.True(ClientContact.Add(4, details).IsActive);
    }

    [Fact]
    public void Each_broken_rule_is_keyed_by_its_field()
    {
        var result = ClientContact.Parse(" ", new string('x', ClientContact.TitleMaxLength + 1), "not-an-email", "call me", "xx");

        Assert.Equal(
            ["Email", "Language", "Name", "Phone", "Title"],
            result.Violations.Select(v => v.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Changing_and_deactivating_say_whether_anything_changed()
    {
        var contact = ClientContact.Add(4, ClientContact.Parse("Ana", null, null, null, null).OrThrow());

        Assert.False(contact.Change(ClientContact.Parse("Ana", null, null, null, null).OrThrow()));
        Assert.True(contact.Change(ClientContact.Parse("Ana", "CFO", null, null, "sl").OrThrow()));
        Assert.True(contact.SetActive(false));
        Assert.False(contact.SetActive(false));
        Assert.False(contact.IsActive);
    }
}
