namespace PromiseKeeper.Web.Infrastructure.Identity;

/// <summary>
/// The "PromiseKeeper:SignIn" configuration section: how many sign-in attempts the app takes, and how failures slow down
/// the next ones. Failures are counted per account and client address together, so nobody can lock someone else out by
/// failing on purpose from their own address.
/// </summary>
public sealed class SignInAttemptOptions
{
    public const string Section = "PromiseKeeper:SignIn";

    /// <summary>Sign-in attempts one client address may make per <see cref="RateWindow"/>, whatever the accounts.</summary>
    public int AttemptsPerAddress { get; set; } = 30;

    /// <summary>Sign-in attempts one account may receive per <see cref="RateWindow"/>, whatever the addresses.</summary>
    public int AttemptsPerAccount { get; set; } = 10;

    public TimeSpan RateWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Failed attempts for one account from one address before each further one must wait.</summary>
    public int FailuresBeforeDelay { get; set; } = 5;

    /// <summary>The wait after <see cref="FailuresBeforeDelay"/> failures; it doubles with each further failure.</summary>
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan LongestDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The owner is emailed when a lockout of their account starts (<see cref="SignInThrottle"/>), but not again within
    /// this time, however many addresses start one.
    /// </summary>
    public TimeSpan OwnerToldAtMostEvery { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long failures are remembered after the last one.</summary>
    public TimeSpan FailuresForgottenAfter { get; set; } = TimeSpan.FromDays(1);
}
