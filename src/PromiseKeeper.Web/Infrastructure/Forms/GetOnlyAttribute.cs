namespace PromiseKeeper.Web.Infrastructure.Forms;

/// <summary>
/// Marks a read-only page: routing answers any method but GET and HEAD with 405 before the page runs.
/// (Razor Pages would otherwise render a page without a POST handler for a POST, too.)
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GetOnlyAttribute : Attribute, IHttpMethodMetadata
{
    public bool AcceptCorsPreflight => false;

    public IReadOnlyList<string> HttpMethods { get; } = [HttpMethod.Get.Method, HttpMethod.Head.Method];
}
