using HybridTrainer.Data.Notifications;
using HybridTrainer.Web.Features.Notifications;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HybridTrainer.Web.Tests.Features.Notifications;

/// <summary>Once per day per coach, whatever happens to the app: a restart in the middle of the morning, two instances at once.</summary>
public class SendOnceTests(NotificationMailFixture mail) : NotificationTest(mail)
{
    private const string Zone = "Europe/Madrid";

    [Fact]
    public async Task Digest_IsSentOncePerDay_AcrossARestart_AndAgainTheNextDay()
    {
        var database = TestDatabase.NewName("notify_restart");
        var first = Mail.StartApp(database, dropsDatabase: false);
        var (coach, _) = await CoachWithWornOutClientAsync(first, Zone);
        var seven = NextLocal(first, Zone, 7, 1);
        await AdvanceToAsync(first, seven);
        await Smtp.WaitForMailToAsync(coach.Email!);
        await first.DisposeAsync();

        // The same database, a new process: its clock starts over and is moved to later that morning.
        await using var second = Mail.StartApp(database);
        await AdvanceToAsync(second, seven.AddMinutes(30));
        (await MailsToAsync(coach.Email!)).Count.ShouldBe(1);
        await AdvanceToAsync(second, seven.AddDays(1));

        await WaitForCountAsync(coach.Email!, 2);
        var sends = await SendsOfAsync(second, coach.Id);
        sends.Select(s => s.Status).ShouldBe([NotificationSendStatus.Sent, NotificationSendStatus.Sent]);
        (sends[1].LocalDate.DayNumber - sends[0].LocalDate.DayNumber).ShouldBe(1);
    }

    [Fact]
    public async Task Digest_TwoInstancesAtOnce_OneMail()
    {
        var database = TestDatabase.NewName("notify_pair");
        await using var one = Mail.StartApp(database);
        await using var two = Mail.StartApp(database, dropsDatabase: false);
        var (coach, _) = await CoachWithWornOutClientAsync(one, Zone);
        var seven = NextLocal(one, Zone, 7, 1);
        two.Clock.Advance(one.Clock.GetUtcNow() - two.Clock.GetUtcNow());

        // Both clocks reach 07:01 together; each instance's service and a direct pass of each race for the day.
        one.Clock.Advance(seven - one.Clock.GetUtcNow());
        two.Clock.Advance(seven - two.Clock.GetUtcNow());
        await Task.WhenAll(
            one.Services.GetRequiredService<NotificationDispatcher>().RunAsync(TestContext.Current.CancellationToken),
            two.Services.GetRequiredService<NotificationDispatcher>().RunAsync(TestContext.Current.CancellationToken));
        await PassDoneAsync(one, seven);
        await PassDoneAsync(two, seven);

        await Smtp.WaitForMailToAsync(coach.Email!);
        await Task.Delay(500, TestContext.Current.CancellationToken);
        (await MailsToAsync(coach.Email!)).Count.ShouldBe(1);
        (await SendsOfAsync(one, coach.Id)).ShouldHaveSingleItem().Status.ShouldBe(NotificationSendStatus.Sent);
    }

    private async Task WaitForCountAsync(string address, int count)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while ((await MailsToAsync(address)).Count < count)
        {
            waited.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20), $"fewer than {count} mails to {address}");
            await Task.Delay(100);
        }
    }
}
