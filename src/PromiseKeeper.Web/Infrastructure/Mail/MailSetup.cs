namespace PromiseKeeper.Web.Infrastructure.Mail;

public static class MailSetup
{
    /// <summary>The outbox's delivery worker and its <see cref="MailOptions"/> from the "Mail" section of <paramref name="configuration"/>.</summary>
    public static IServiceCollection AddEmailDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MailOptions>()
            .Bind(configuration.GetSection(MailOptions.Section))
            .Validate(o => o.BatchSize is > 0 and <= 1000, "Mail:BatchSize must be between 1 and 1000.")
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.RetryDelay > TimeSpan.Zero && o.Timeout > TimeSpan.Zero, "Mail:PollInterval, Mail:RetryDelay and Mail:Timeout must be positive.")
            .Validate(o => o.MaxRetryDelay >= o.RetryDelay, "Mail:MaxRetryDelay must not be shorter than Mail:RetryDelay.")
            .Validate(o => o.Port is > 0 and < 65536, "Mail:Port must be a TCP port (1-65535).")
            .Validate(o => !o.Delivers || EmailAddresses.IsSendable(o.FromAddress), "Mail:FromAddress must be one email address.")
            .ValidateOnStart();
        services.AddSingleton<EmailBatchDelivery>();
        services.AddHostedService<OutgoingEmailDelivery>();
        return services;
    }
}
