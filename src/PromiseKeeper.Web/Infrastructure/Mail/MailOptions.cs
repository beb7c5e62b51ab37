namespace PromiseKeeper.Web.Infrastructure.Mail;

/// <summary>How the SMTP connection is secured (MailKit's SecureSocketOptions, named for configuration).</summary>
public enum MailSecurity
{
    /// <summary>TLS on port 465, STARTTLS where the server offers it on other ports.</summary>
    Auto,

    /// <summary>Plain text: only for a local test server such as smtp4dev.</summary>
    None,

    /// <summary>Connect in plain text, then STARTTLS; refuse a server that does not offer it (port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}

/// <summary>The "Mail" configuration section: the SMTP server and how the outbox is delivered.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>Delivery is off unless this is set (and <see cref="Enabled"/>); emails then wait in the outbox.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public MailSecurity Security { get; set; } = MailSecurity.Auto;

    /// <summary>Sign in to the server when set.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string FromAddress { get; set; } = "promisekeeper@localhost";

    public string FromName { get; set; } = "PromiseKeeper";

    /// <summary>How long the worker waits between looks at the outbox when it found nothing more to send.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many emails one transaction takes and one SMTP connection sends.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>The wait before the first retry; it doubles with each failed attempt up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long one SMTP command (connect, send) may take before the attempt counts as failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool Enabled { get; set; } = true;

    public bool Delivers => Enabled && !string.IsNullOrWhiteSpace(Host);

    public RetrySchedule Retries => new(RetryDelay, MaxRetryDelay);
}
