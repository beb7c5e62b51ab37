using PromiseKeeper.Web.Infrastructure.Mail;

namespace PromiseKeeper.Web.Tests.Mail;

public sealed class RetryScheduleTests
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
}
