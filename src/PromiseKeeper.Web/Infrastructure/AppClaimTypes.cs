namespace PromiseKeeper.Web.Infrastructure;

public static class AppClaimTypes
{
    public const string DisplayName = "promisekeeper:display_name";
}
