namespace PromiseKeeper.Web.Infrastructure.Forms;

/// <summary>
/// A form page whose dropdowns and other lookups must be loaded again when it is shown back
/// to the user with errors. <see cref="FormErrorsPageFilter"/> calls it before re-rendering.
/// </summary>
public interface IReloadsFormOnError
{
    Task LoadFormLookupsAsync(CancellationToken cancellationToken);
}
