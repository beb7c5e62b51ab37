namespace PromiseKeeper.Domain.Incidents;

/// <summary>How the client texts greet the contact, as the account manager chooses.</summary>
public enum GreetingForm
{
    /// <summary>"Hello Dana".</summary>
    FirstName,

    /// <summary>"Hello Dana Novak".</summary>
    FullName,

    /// <summary>"Hello Dr Novak": the contact's form of address and surname.</summary>
    TitleAndSurname,
}
