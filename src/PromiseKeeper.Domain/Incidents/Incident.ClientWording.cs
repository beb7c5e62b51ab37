namespace PromiseKeeper.Domain.Incidents;

// The words the client texts are built from, written for the client on the Call (or Write instead) page.
public sealed partial class Incident
{
    /// <summary>What went wrong, in words for the client; null until the call (or the message instead) is planned.</summary>
    public string? ClientSentence { get; private set; }

    /// <summary>How the client texts greet the contact; null (full name) until chosen.</summary>
    public GreetingForm? Greeting { get; private set; }

    /// <summary>The contact's form of address ("Dr"), for <see cref="GreetingForm.TitleAndSurname"/>.</summary>
    public string? ContactTitle { get; private set; }

    private void KeepClientWording(ClientWording wording)
    {
        ClientSentence = wording.Sentence;
        Greeting = wording.Greeting;
        ContactTitle = wording.ContactTitle;
    }
}
