using PromiseKeeper.Domain;

namespace PromiseKeeper.Web.Infrastructure.Forms;

/// <summary>
/// A form parsed into a checked value: by the domain, or for the user, team and handover forms by the web's own rules
/// (ADR 2). Its handler parses it once and hands on only the checked value;
/// a parse that fails throws <see cref="DomainException"/> with field violations, which
/// <see cref="FormErrorsPageFilter"/> puts next to the fields (keys "Data.Field").
/// </summary>
public interface IDomainInput
{
    /// <summary>Every field rule the input breaks, so they show together with other messages (a field that did not bind, a FluentValidation rule).</summary>
    IReadOnlyList<RuleViolation> InputViolations(DateTimeOffset now);
}

/// <inheritdoc cref="IDomainInput"/>
/// <typeparam name="T">The checked value.</typeparam>
public interface IDomainInput<T> : IDomainInput
    where T : class
{
    Checked<T> Parse(DateTimeOffset now);

    IReadOnlyList<RuleViolation> IDomainInput.InputViolations(DateTimeOffset now) => Parse(now).Violations;
}
