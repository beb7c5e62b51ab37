namespace PromiseKeeper.Web.Infrastructure.Texts;

/// <summary>What the account manager should do at one playbook stage: a title, a lead sentence and practical points.</summary>
public sealed record Guidance(string Title, string Lead, IReadOnlyList<string> Points);
