using System.Net;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Performance;

/// <summary>
/// One POST as a browser sends it: <see cref="User"/> opens <see cref="Page"/> and submits its form that posts to
/// <see cref="Action"/>, with the fields the page rendered and <see cref="Input"/> typed over them.
/// </summary>
/// <param name="User">Who posts; null for a visitor who is not signed in.</param>
/// <param name="Page">The page that shows the form; null when no page does (the request is sent bare).</param>
/// <param name="Action">Where the form posts, as the page writes it (path and query).</param>
public sealed record WriteCase(TestUser? User, string? Page, string Action)
{
    /// <summary>What the user types or clicks; replaces every rendered field of the same name.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Input { get; init; } = [];

    /// <summary>Input the form refuses (shown again with messages); null when the POST takes no input that can be wrong.</summary>
    public IReadOnlyList<KeyValuePair<string, string>>? Invalid { get; init; }

    /// <summary>A file the form uploads (the form is then sent as multipart).</summary>
    public (string Field, string FileName, string ContentType, byte[] Bytes)? File { get; init; }

    /// <summary>The answer to a valid post: the post/redirect/get redirect, unless the handler renders a page.</summary>
    public HttpStatusCode Answer { get; init; } = HttpStatusCode.Redirect;
}
