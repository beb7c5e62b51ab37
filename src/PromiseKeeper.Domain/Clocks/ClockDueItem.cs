namespace PromiseKeeper.Domain.Clocks;

/// <summary>An open check-in or prevention measure: it runs to its own date, counted from <paramref name="Since"/>.</summary>
/// <param name="Id">The check-in's or measure's id.</param>
/// <param name="Title">The check-in's topic or the measure's description, to show beside its clock.</param>
/// <param name="DueOn">The date it is planned or due on.</param>
/// <param name="Since">Where its clock starts (the warn share is counted from here).</param>
public sealed record ClockDueItem(Guid Id, string Title, DateOnly DueOn, DateTimeOffset Since);
