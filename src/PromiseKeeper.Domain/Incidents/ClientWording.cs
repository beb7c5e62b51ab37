using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

/// <summary>
/// What the client texts say about the incident, written for the client (stage 3): one or two sentences on what went
/// wrong, and how the contact is greeted. The internal summary never stands in for the sentence.
/// </summary>
public sealed record ClientWording
{
    public const int SentenceMaxLength = 1000;
    public const int ContactTitleMaxLength = 40;

    internal ClientWording(string sentence, GreetingForm greeting, string? contactTitle) =>
        (Sentence, Greeting, ContactTitle) = (sentence, greeting, contactTitle);

    /// <summary>What went wrong, as the client should read it: "The new reports will not be ready on 1 March as we promised you."</summary>
    public string Sentence { get; }

    public GreetingForm Greeting { get; }

    /// <summary>"Dr", "Ms": set only for <see cref="GreetingForm.TitleAndSurname"/>.</summary>
    public string? ContactTitle { get; }

    /// <summary>Checks the three typed fields (named as on the Call and Write instead forms) into <paramref name="check"/>.</summary>
    internal static ClientWording Parse(RuleCheck check, string? sentence, GreetingForm? greeting, string? contactTitle)
    {
        var checkedSentence = check.Text("ClientSentence", sentence, SentenceMaxLength,
            Messages.Of("wording.sentence-missing"));
        var form = greeting ?? GreetingForm.FullName;
        check.RequireDefined("Greeting", (GreetingForm?)form, Messages.Of("wording.greeting-missing"));
        var title = check.OptionalTextValue("ContactTitle", contactTitle, ContactTitleMaxLength);
        if (form == GreetingForm.TitleAndSurname && title is null)
        {
            check.Add("ContactTitle", Messages.Of("wording.title-missing"));
        }

        return new ClientWording(checkedSentence, form, form == GreetingForm.TitleAndSurname ? title : null);
    }
}
