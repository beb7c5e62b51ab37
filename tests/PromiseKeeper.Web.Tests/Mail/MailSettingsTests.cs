using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PromiseKeeper.Web.Infrastructure.Mail;

namespace PromiseKeeper.Web.Tests.Mail;

/// <summary>The retry backoff, which addresses can be sent to, and the settings the app refuses to start with.</summary>
public sealed class MailSettingsTests
{
    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(7, 1920)]
    [InlineData(8, 3600)]
    [InlineData(1000, 3600)]
    public void The_wait_doubles_after_each_failed_attempt_up_to_an_hour(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), new RetrySchedule(TimeSpan.FromSeconds(30), TimeSpan.FromHours(1)).DelayAfter(attempts));

    [Theory]
    [InlineData("ann@example.test", true)]
    [InlineData(" ann@example.test ", true)]
    [InlineData("not an address", false)]
    [InlineData("ann", false)]
    [InlineData("ann@", false)]
    [InlineData("Ann <ann@example.test>", false)]
    [InlineData("ann@example.test, bob@example.test", false)]
    public void Only_a_single_mailbox_with_a_domain_is_sendable(string address, bool sendable) =>
        Assert.Equal(sendable, EmailAddresses.IsSendable(address));

    [Theory]
    [InlineData("BatchSize", "0")]
    [InlineData("PollInterval", "00:00:00")]
    [InlineData("Port", "70000")]
    [InlineData("FromAddress", "not an address")]
    public void Settings_that_cannot_work_are_refused_at_start(string key, string value)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Mail:Host"] = "mail.example.test", [$"Mail:{key}"] = value })
            .Build();
        using var services = new ServiceCollection().AddLogging().AddEmailDelivery(configuration).BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<MailOptions>>().Value);
    }
}
