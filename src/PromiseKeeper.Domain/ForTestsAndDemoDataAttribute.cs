namespace PromiseKeeper.Domain;

/// <summary>
/// Marks a convenience overload that takes typed input, parses it and throws <see cref="DomainException"/> when a rule
/// is broken: short to call from tests and demo data. A page parses its form once, before loading anything, into the
/// checked value and calls the overload that takes it (ADR 2); a web test fails when anything but demo data calls a
/// marked method.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor, Inherited = false)]
public sealed class ForTestsAndDemoDataAttribute : Attribute;
