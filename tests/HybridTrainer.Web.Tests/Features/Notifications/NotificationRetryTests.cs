using HybridTrainer.Data.Notifications;
using HybridTrainer.Web.Features.Notifications;
using HybridTrainer.Web.Tests.Infrastructure;
using HybridTrainer.Web.Tests.Infrastructure.Mail;

namespace HybridTrainer.Web.Tests.Features.Notifications;

/// <summary>
/// A digest whose mail server is down at 07:00: recorded as failed, tried again after the retry delay (not before),
/// sent once when the server is back, and given up after the last attempt. The failure is real: nothing listens on the
/// app's SMTP port until the test starts an smtp4dev there.
/// </summary>
public class NotificationRetryTests(NotificationMailFixture mail) : NotificationTest(mail)
{
    private const string Zone = "Europe/Madrid";

    [Fact]
    public async Task FailedSend_ServerBackAfterTheRetryDelay_IsSentExactlyOnce()
    {
        var port = Smtp4devServer.FreePort();
        await using var app = new SmtpDownApp(TestDatabase.NewName("notify_retry"), port);
        var (coach, _) = await CoachWithWornOutClientAsync(app, Zone);
        var seven = NextLocal(app, Zone, 7, 1);

        await AdvanceToAsync(app, seven);
        var failed = (await SendsOfAsync(app, coach.Id)).ShouldHaveSingleItem();
        (failed.Status, failed.Attempts).ShouldBe((NotificationSendStatus.Failed, 1));
        failed.RetryAfter.ShouldNotBeNull().ShouldBe(seven + NotificationSchedule.RetryDelay, TimeSpan.FromSeconds(1));
        app.Logged("EmailSendFailed").ShouldBe(1);
        app.Logged("NotificationNotSent").ShouldBe(1);

        await using var smtp = await Smtp4devServer.StartAsync(port);
        await AdvanceToAsync(app, failed.RetryAfter.Value);
        await smtp.WaitForMailToAsync(coach.Email!);
        // Later passes, past another retry delay, leave it at one.
        await AdvanceToAsync(app, failed.RetryAfter.Value + NotificationSchedule.RetryDelay + TimeSpan.FromMinutes(1));

        (await smtp.MessagesAsync()).Count(m => m.To.Contains(coach.Email!, StringComparer.OrdinalIgnoreCase)).ShouldBe(1);
        var sent = (await SendsOfAsync(app, coach.Id)).ShouldHaveSingleItem();
        (sent.Status, sent.Attempts, sent.RetryAfter).ShouldBe((NotificationSendStatus.Sent, 2, (DateTimeOffset?)null));
        app.Logged("NotificationNotSent").ShouldBe(1);
    }

    [Fact]
    public async Task FailedSend_BeforeTheRetryDelay_IsNotTriedAgain()
    {
        var port = Smtp4devServer.FreePort();
        await using var app = new SmtpDownApp(TestDatabase.NewName("notify_wait"), port);
        var (coach, _) = await CoachWithWornOutClientAsync(app, Zone);
        var seven = NextLocal(app, Zone, 7, 1);
        await AdvanceToAsync(app, seven);

        // The server is back at once; the dispatcher still waits out the delay.
        await using var smtp = await Smtp4devServer.StartAsync(port);
        await AdvanceToAsync(app, seven + NotificationSchedule.RetryDelay - TimeSpan.FromMinutes(1));

        var failed = (await SendsOfAsync(app, coach.Id)).ShouldHaveSingleItem();
        (failed.Status, failed.Attempts).ShouldBe((NotificationSendStatus.Failed, 1));
        (await smtp.MessagesAsync()).ShouldBeEmpty();
        app.Logged("EmailSendFailed").ShouldBe(1);
    }

    [Fact]
    public async Task FailedSend_AfterTheLastAttempt_StopsAndLogsThatItGaveUp()
    {
        var port = Smtp4devServer.FreePort();
        await using var app = new SmtpDownApp(TestDatabase.NewName("notify_give_up"), port);
        var (coach, _) = await CoachWithWornOutClientAsync(app, Zone);
        var at = NextLocal(app, Zone, 7, 1);

        for (var attempt = 1; attempt <= NotificationSchedule.MaxAttempts; attempt++)
        {
            await AdvanceToAsync(app, at);
            var row = (await SendsOfAsync(app, coach.Id)).ShouldHaveSingleItem();
            (row.Status, row.Attempts).ShouldBe((NotificationSendStatus.Failed, attempt));
            at = row.RetryAfter ?? at;
        }

        // Two more delays' worth of passes (ten minutes each) try nothing more.
        await AdvanceToAsync(app, at + NotificationSchedule.RetryDelay);
        await AdvanceToAsync(app, at + (2 * NotificationSchedule.RetryDelay));

        var given = (await SendsOfAsync(app, coach.Id)).ShouldHaveSingleItem();
        (given.Status, given.Attempts, given.RetryAfter).ShouldBe((NotificationSendStatus.Failed, NotificationSchedule.MaxAttempts, (DateTimeOffset?)null));
        app.Logged("EmailSendFailed").ShouldBe(NotificationSchedule.MaxAttempts);
        app.Logged("NotificationNotSent").ShouldBe(NotificationSchedule.MaxAttempts);
        app.Logged("NotificationGivenUp").ShouldBe(1);
    }
}
