using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PromiseKeeper.Web.Infrastructure.Mail;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Mail;

/// <summary>Several instances deliver one outbox: every due email exactly once, and none left behind by one that stops.</summary>
public sealed class ExactlyOnceTests(WebAppFixture app) : WebAppTest(app)
{
    private const int Count = 200;

    [Fact]
    public async Task Two_instances_deliver_200_due_emails_each_exactly_once()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        var ids = await AddManyAsync();

        await using var first = await DeliveryWorker.StartAsync(App, smtp.Port, batchSize: 10);
        await using var second = await DeliveryWorker.StartAsync(App, smtp.Port, batchSize: 10);
        await Outbox.WaitUntilNonePendingAsync(App);
        await first.TwoMoreRoundsAsync();
        await second.TwoMoreRoundsAsync();

        AssertEachDeliveredOnce(smtp, ids);
        Assert.All(await Outbox.AllAsync(App), e => Assert.Equal((OutgoingEmailState.Sent, 1), (e.State, e.Attempts)));
    }

    [Fact]
    public async Task When_one_instance_stops_mid_run_the_other_delivers_the_rest_and_nothing_twice()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        var ids = await AddManyAsync();

        await using var stopping = await DeliveryWorker.StartAsync(App, smtp.Port, batchSize: 5);
        await using var other = await DeliveryWorker.StartAsync(App, smtp.Port, batchSize: 5);
        await Outbox.WaitUntilAsync(() => Task.FromResult(smtp.Received.Count >= 20), "the instances have sent some");
        // Cancelled in the middle of whatever batch it holds: it finishes the email it is sending, records what it
        // sent and lets go of the rest.
        await stopping.StopAsync();
        Assert.True(smtp.Received.Count < Count, "Everything was sent before the stop: the test proves nothing.");

        await Outbox.WaitUntilNonePendingAsync(App);
        await other.TwoMoreRoundsAsync();

        AssertEachDeliveredOnce(smtp, ids);
    }

    [Fact]
    public async Task Rows_locked_by_an_instance_are_skipped_and_delivered_once_its_connection_is_gone()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        var ids = await Outbox.AddAsync(App, Enumerable.Range(0, 10).Select(i => Outbox.Email($"person{i}@example.test", $"Email {i}")));
        var connectionString = App.Factory.Services.GetRequiredService<IConfiguration>().GetConnectionString("PromiseKeeper")!;

        // Another instance that took 3 rows and then died: its locks last as long as its connection.
        var dead = new NpgsqlConnection(connectionString);
        await dead.OpenAsync();
        var transaction = await dead.BeginTransactionAsync();
        await using (var claim = new NpgsqlCommand("""SELECT "Id" FROM "OutgoingEmails" WHERE "Id" = ANY(@ids) FOR UPDATE""", dead, transaction))
        {
            claim.Parameters.AddWithValue("ids", ids.Take(3).ToArray());
            await claim.ExecuteNonQueryAsync();
        }

        await using var worker = await DeliveryWorker.StartAsync(App, smtp.Port);
        await Outbox.WaitUntilAsync(() => Task.FromResult(smtp.Received.Count >= 7), "the unlocked rows went");
        await worker.TwoMoreRoundsAsync();
        Assert.Equal(7, smtp.Received.Count);
        foreach (var id in ids.Take(3))
        {
            Assert.Equal((OutgoingEmailState.Pending, 0), await StateAsync(id));
        }

        await dead.DisposeAsync();
        await Outbox.WaitUntilNonePendingAsync(App);
        await worker.TwoMoreRoundsAsync();

        AssertEachDeliveredOnce(smtp, ids);
    }

    private async Task<(OutgoingEmailState, int)> StateAsync(Guid id)
    {
        var row = await Outbox.OneAsync(App, id);
        return (row.State, row.Attempts);
    }

    private Task<List<Guid>> AddManyAsync() =>
        Outbox.AddAsync(App, Enumerable.Range(0, Count).Select(i => Outbox.Email($"person{i}@example.test", $"Email {i}")));

    private static void AssertEachDeliveredOnce(TestSmtpServer smtp, IReadOnlyList<Guid> ids)
    {
        var expected = ids.Select(id => (string?)OutgoingMimeMessage.MessageIdOf(id, "promisekeeper@example.test")).Order().ToList();
        Assert.Equal(expected, smtp.Received.Select(m => m.MessageId).Order().ToList());
    }
}
