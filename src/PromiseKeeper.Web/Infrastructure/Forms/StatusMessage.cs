namespace PromiseKeeper.Web.Infrastructure.Forms;

/// <summary>A one-off confirmation shown at the top of the next page (post/redirect/get), kept in TempData.</summary>
public static class StatusMessage
{
    public const string Key = "StatusMessage";
}
