namespace PromiseKeeper.Web.Figures;

/// <summary>
/// Whether a client's emotional bank account was overdrawn when <see cref="ClientBankDaysRefresh"/> last looked: the one
/// fact of the balance that changes a stored severity (an overdrawn account counts the relationship one level worse). A
/// client without a row was never seen overdrawn.
/// </summary>
public sealed class ClientBankStanding
{
    public int ClientId { get; init; }

    public bool Overdrawn { get; set; }
}
