using PromiseKeeper.Domain.Incidents;
using static PromiseKeeper.Domain.Tests.TestDetails;

namespace PromiseKeeper.Domain.Tests;

/// <summary>The rules of <see cref="IncidentDetails.Check"/> about free-text fields: required, maximum length, email format.</summary>
public class IncidentDetailsTextRulesTests
{
    private static readonly string[] _requiredTextFields =
    [
        nameof(IncidentDetails.Summary),
        nameof(IncidentDetails.ContactName),
        nameof(IncidentDetails.PromiseDescription),
    ];

    private static readonly string?[] _blanks = [null, "", "   ", "\t\n"];

    public static TheoryData<string, string?> MissingRequiredText()
    {
        var data = new TheoryData<string, string?>();
        foreach (var field in _requiredTextFields)
        {
            foreach (var blank in _blanks)
            {
                data.Add(field, blank);
            }
        }

        return data;
    }

    public static TheoryData<string, string?> BlankOptionalText()
    {
        var data = new TheoryData<string, string?>();
        foreach (var field in new[]
        {
            nameof(IncidentDetails.ContactRole),
            nameof(IncidentDetails.ContactEmail),
            nameof(IncidentDetails.ContractReference),
            nameof(IncidentDetails.PersonalHarmNote),
            // Found out during the first stage, which needs them before it is left.
            nameof(IncidentDetails.PromisedBy),
            nameof(IncidentDetails.ClientGoals),
        })
        {
            foreach (var blank in _blanks)
            {
                data.Add(field, blank);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MissingRequiredText))]
    public void Required_text_that_is_missing_or_blank_is_a_violation_of_that_field(string field, string? blank)
    {
        AssertViolations(Valid().WithText(field, blank), field);
    }

    [Theory]
    [InlineData(nameof(IncidentDetails.Summary), IncidentDetails.SummaryMaxLength)]
    [InlineData(nameof(IncidentDetails.ContactName), IncidentDetails.NameMaxLength)]
    [InlineData(nameof(IncidentDetails.ContactRole), IncidentDetails.NameMaxLength)]
    [InlineData(nameof(IncidentDetails.ContactEmail), IncidentDetails.EmailMaxLength)]
    [InlineData(nameof(IncidentDetails.PromiseDescription), IncidentDetails.LongTextMaxLength)]
    [InlineData(nameof(IncidentDetails.PromisedBy), IncidentDetails.NameMaxLength)]
    [InlineData(nameof(IncidentDetails.ContractReference), IncidentDetails.ContractReferenceMaxLength)]
    [InlineData(nameof(IncidentDetails.ClientGoals), IncidentDetails.LongTextMaxLength)]
    [InlineData(nameof(IncidentDetails.PersonalHarmNote), IncidentDetails.NoteMaxLength)]
    public void Text_of_exactly_the_maximum_length_passes(string field, int maxLength)
    {
        AssertViolations(Valid().WithText(field, TextOfLength(field, maxLength)));
    }

    [Theory]
    [InlineData(nameof(IncidentDetails.Summary), IncidentDetails.SummaryMaxLength)]
    [InlineData(nameof(IncidentDetails.ContactName), IncidentDetails.NameMaxLength)]
    [InlineData(nameof(IncidentDetails.ContactRole), IncidentDetails.NameMaxLength)]
    [InlineData(nameof(IncidentDetails.ContactEmail), IncidentDetails.EmailMaxLength)]
    [InlineData(nameof(IncidentDetails.PromiseDescription), IncidentDetails.LongTextMaxLength)]
    [InlineData(nameof(IncidentDetails.PromisedBy), IncidentDetails.NameMaxLength)]
    [InlineData(nameof(IncidentDetails.ContractReference), IncidentDetails.ContractReferenceMaxLength)]
    [InlineData(nameof(IncidentDetails.ClientGoals), IncidentDetails.LongTextMaxLength)]
    [InlineData(nameof(IncidentDetails.PersonalHarmNote), IncidentDetails.NoteMaxLength)]
    public void Text_one_character_over_the_maximum_length_is_a_violation_of_that_field(string field, int maxLength)
    {
        AssertViolations(Valid().WithText(field, TextOfLength(field, maxLength + 1)), field);
    }

    [Theory]
    [InlineData(nameof(IncidentDetails.Summary), IncidentDetails.SummaryMaxLength)]
    [InlineData(nameof(IncidentDetails.ContactEmail), IncidentDetails.EmailMaxLength)]
    [InlineData(nameof(IncidentDetails.PromiseDescription), IncidentDetails.LongTextMaxLength)]
    [InlineData(nameof(IncidentDetails.ContractReference), IncidentDetails.ContractReferenceMaxLength)]
    [InlineData(nameof(IncidentDetails.PersonalHarmNote), IncidentDetails.NoteMaxLength)]
    public void Surrounding_whitespace_does_not_count_towards_the_maximum_length(string field, int maxLength)
    {
        AssertViolations(Valid().WithText(field, "   " + TextOfLength(field, maxLength) + " \n"));
    }

    [Theory]
    [MemberData(nameof(BlankOptionalText))]
    public void Optional_text_may_be_missing_or_blank(string field, string? blank)
    {
        AssertViolations(Valid().WithText(field, blank));
    }

    [Theory]
    [InlineData("ana")]
    [InlineData("@example.com")]
    [InlineData("ana@")]
    [InlineData("ana@example")]
    [InlineData("ana@.com")]
    [InlineData("ana@example.")]
    [InlineData("ana@@example.com")]
    [InlineData("ana@exam@ple.com")]
    [InlineData("ana novak@example.com")]
    [InlineData("ana@exa mple.com")]
    public void Contact_email_that_does_not_look_like_an_email_is_a_violation(string email)
    {
        AssertViolations(Valid() with { ContactEmail = email }, nameof(IncidentDetails.ContactEmail));
    }

    [Theory]
    [InlineData("ana@example.com")]
    [InlineData("a@b.c")]
    [InlineData("ana.novak+orders@mail.example.co.uk")]
    [InlineData("  ana@example.com  ")]
    public void Contact_email_that_looks_like_an_email_passes(string email)
    {
        AssertViolations(Valid() with { ContactEmail = email });
    }

    /// <summary>Text of the given length that is otherwise valid for the field (an email address for the email field).</summary>
    private static string TextOfLength(string field, int length)
    {
        if (field != nameof(IncidentDetails.ContactEmail))
        {
            return new string('x', length);
        }

        const string domain = "@example.com";
        return new string('a', length - domain.Length) + domain;
    }
}
