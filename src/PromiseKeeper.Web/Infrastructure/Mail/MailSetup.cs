namespace PromiseKeeper.Web.Infrastructure.Mail;

public static class MailSetup
{
    /// <summary>The outbox's delivery worker and its <see cref="MailOptions"/> from the "Mail" section of <paramref name="configuration"/>.</summary>
    public static IServiceCollection AddEmailDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        services.AddSingleton<EmailBatchDelivery>();
        services.AddHostedService<OutgoingEmailDelivery>();
        return services;
    }
}
