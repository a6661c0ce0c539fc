using System.Text.Json;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Data.Notifications;
using HybridTrainer.Domain.Time;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Tests.Features.Notifications;

/// <summary>The coach's morning digest, as smtp4dev receives it: at the coach's own 07:00, only when there is something to say.</summary>
public class CoachDigestMailTests(NotificationMailFixture mail) : NotificationTest(mail)
{
    [Fact]
    public async Task Digest_AtTheCoachsSevenOClock_NamesTheClientAndWhy_WithAnUnsubscribeLinkAndOneClickHeaders()
    {
        var (coach, client) = await CoachWithWornOutClientAsync(App, "Europe/London");
        var at = NextLocal(App, "Europe/London", 7, 1);
        await RunOnAsync(App, client.Id, LocalDays.DateIn(at, client.TimeZone).AddDays(-1), "Easy aerobic volume.");

        await AdvanceToAsync(App, at);

        var (received, text) = await Smtp.WaitForMailToAsync(coach.Email!);
        received.Subject.ShouldStartWith("HybridTrainer: 1 client needs a look");
        text.ShouldContain("Wren Walker");
        text.ShouldContain("Shoes to retire: Old Pegasus (912 km)");
        text.ShouldContain("Missed yesterday's session");
        text.ShouldContain($"{App.BaseAddress.ToString().TrimEnd('/')}/coach");
        text.ShouldContain("/unsubscribe/");
        var headers = await HeadersAsync(received.Id);
        headers["List-Unsubscribe"].ShouldStartWith("<http");
        headers["List-Unsubscribe"].ShouldContain("/unsubscribe/");
        headers["List-Unsubscribe-Post"].ShouldBe("List-Unsubscribe=One-Click");
        var sent = (await SendsOfAsync(App, coach.Id)).ShouldHaveSingleItem();
        (sent.Kind, sent.Status, sent.LocalDate, sent.Attempts).ShouldBe((NotificationKind.CoachDigest, NotificationSendStatus.Sent, LocalDays.DateIn(at, "Europe/London"), 1));
    }

    // smtp4dev's message JSON lists the header fields as {name, value} pairs.
    private async Task<Dictionary<string, string>> HeadersAsync(string id)
    {
        using var message = JsonDocument.Parse(await Smtp.Api.GetStringAsync($"api/messages/{id}", TestContext.Current.CancellationToken));
        var list = message.RootElement.EnumerateObject().First(p => p.NameEquals("headers")).Value;
        return list.EnumerateArray()
            .GroupBy(h => h.GetProperty("name").GetString()!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().GetProperty("value").GetString()!, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Digest_EachCoachAtTheirOwnSevenOClock_AucklandAndLosAngeles()
    {
        var (auckland, _) = await CoachWithWornOutClientAsync(App, "Pacific/Auckland", "Kiri Tane");
        var (losAngeles, _) = await CoachWithWornOutClientAsync(App, "America/Los_Angeles", "Luis Ortega");
        var aucklandSeven = NextLocal(App, "Pacific/Auckland", 7);
        var losAngelesSeven = NextLocal(App, "America/Los_Angeles", 7);
        var (first, second, firstZone) = aucklandSeven < losAngelesSeven
            ? (auckland, losAngeles, aucklandSeven)
            : (losAngeles, auckland, losAngelesSeven);
        var secondSeven = aucklandSeven < losAngelesSeven ? losAngelesSeven : aucklandSeven;

        await AdvanceToAsync(App, firstZone.AddMinutes(-1));
        (await Smtp.MessagesAsync()).ShouldBeEmpty("nobody's 07:00 yet");
        await AdvanceToAsync(App, firstZone.AddMinutes(1));
        await Smtp.WaitForMailToAsync(first.Email!);
        (await MailsToAsync(second.Email!)).ShouldBeEmpty("the other coach's 07:00 has not come");
        await AdvanceToAsync(App, secondSeven.AddMinutes(1));

        await Smtp.WaitForMailToAsync(second.Email!);
        (await MailsToAsync(first.Email!)).Count.ShouldBe(1);
        (await SendsOfAsync(App, auckland.Id)).ShouldHaveSingleItem().LocalDate.ShouldBe(LocalDays.DateIn(aucklandSeven, "Pacific/Auckland"));
        (await SendsOfAsync(App, losAngeles.Id)).ShouldHaveSingleItem().LocalDate.ShouldBe(LocalDays.DateIn(losAngelesSeven, "America/Los_Angeles"));
    }

    [Fact]
    public async Task Digest_NoClientNeedsALook_NoMail_TheDayIsLoggedAsNothingToSay()
    {
        var data = new TestData(App);
        var coach = await data.UserAsync(AppRoles.Coach);
        await ReceivesMailInAsync(App, coach.Id, "Europe/Paris");
        await data.LinkCoachAsync(coach.Id, (await data.AthleteAsync("Calm Client")).Id);
        await SwitchOnAsync(App, coach.Id, NotificationKind.CoachDigest, 7);

        await AdvanceToAsync(App, NextLocal(App, "Europe/Paris", 7, 5));

        (await Smtp.MessagesAsync()).ShouldBeEmpty();
        (await SendsOfAsync(App, coach.Id)).ShouldHaveSingleItem().Status.ShouldBe(NotificationSendStatus.NothingToSay);
    }

    [Fact]
    public async Task GymStaff_WithADigestSettingInTheDatabase_GetNoMail()
    {
        var data = new TestData(App);
        var staff = await data.UserAsync(AppRoles.GymStaff);
        var gym = await data.GymAsync("Iron Works", (staff.Id, GymRole.Staff));
        await data.AthleteAsync("Gym Member", gymId: gym.Id);
        await ReceivesMailInAsync(App, staff.Id, "Europe/Paris");
        await SwitchOnAsync(App, staff.Id, NotificationKind.CoachDigest, 7);

        await AdvanceToAsync(App, NextLocal(App, "Europe/Paris", 7, 5));

        (await Smtp.MessagesAsync()).ShouldBeEmpty();
        (await SendsOfAsync(App, staff.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Digest_ToAnUnconfirmedAddress_IsNotSent()
    {
        var (coach, _) = await CoachWithWornOutClientAsync(App, "Europe/Paris");
        await using (var db = App.CreateDbContext())
        {
            await db.Users.Where(u => u.Id == coach.Id).ExecuteUpdateAsync(set => set.SetProperty(u => u.EmailConfirmed, false), TestContext.Current.CancellationToken);
        }

        await AdvanceToAsync(App, NextLocal(App, "Europe/Paris", 7, 5));

        (await Smtp.MessagesAsync()).ShouldBeEmpty();
    }
}
