using System.Diagnostics.CodeAnalysis;

namespace PromiseKeeper.Domain;

/// <summary>
/// Input parsed by the domain: either the checked value, whose fields need no further checks, or every
/// broken rule keyed by field, so a person sees all problems at once.
/// </summary>
public sealed class Checked<T>
    where T : class
{
    private Checked(T? value, IReadOnlyList<RuleViolation> violations) => (Value, Violations) = (value, violations);

    /// <summary>The checked value; null exactly when <see cref="Violations"/> is not empty.</summary>
    public T? Value { get; }

    public IReadOnlyList<RuleViolation> Violations { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsValid => Value is not null;

    /// <exception cref="DomainException">With the violations, when the input broke a rule.</exception>
    public T OrThrow() => Value ?? throw new DomainException(Violations);

    /// <summary>
    /// The value built by <paramref name="build"/> when <paramref name="check"/> found nothing, else the violations.
    /// Public for the web's own forms (users, teams), whose rules belong to Identity and the web's entities;
    /// a domain value that only its <c>Parse</c> may make keeps its constructor internal.
    /// </summary>
    public static Checked<T> From(RuleCheck check, Func<T> build)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(build);
        return check.Violations.Count > 0 ? new(null, check.Violations) : new(build(), []);
    }
}
