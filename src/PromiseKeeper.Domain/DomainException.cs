using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain;

/// <summary>
/// A rule of the playbook was broken. The message is shown to the person as it is,
/// so it says what to do, not what went wrong inside.
/// </summary>
public class DomainException : Exception
{
    public DomainException(string message)
        : base(message)
    {
        Violations = [];
    }

    public DomainException(IReadOnlyList<RuleViolation> violations)
        : base(string.Join(" ", violations.Select(v => v.Message)))
    {
        Violations = violations;
    }

    public DomainException()
        : this(Messages.Of("rule.broken"))
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
        Violations = [];
    }

    /// <summary>Field-level violations, when the exception comes from checking input.</summary>
    public IReadOnlyList<RuleViolation> Violations { get; }
}

/// <summary>One broken rule about one field. <see cref="Field"/> is the property name on the input record.</summary>
public sealed record RuleViolation(string Field, string Message);
