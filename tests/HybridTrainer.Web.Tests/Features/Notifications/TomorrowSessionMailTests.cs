using HybridTrainer.Data.Identity;
using HybridTrainer.Data.Notifications;
using HybridTrainer.Domain.Time;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.Notifications;

/// <summary>The athlete's evening e-mail: tomorrow's session with what and why, at the athlete's 18:00; none before a rest day.</summary>
public class TomorrowSessionMailTests(NotificationMailFixture mail) : NotificationTest(mail)
{
    private const string Zone = "Europe/Berlin";

    [Fact]
    public async Task AtSixInTheEvening_TheAthleteGetsTomorrowsSession_WithWhatAndWhy()
    {
        var (user, athleteId) = await AthleteWantingTomorrowAsync();
        var six = NextLocal(App, Zone, 18, 2);
        var tomorrow = LocalDays.DateIn(six, Zone).AddDays(1);
        var session = await RunOnAsync(App, athleteId, tomorrow, "Aerobic base before the hills.");

        await AdvanceToAsync(App, six);

        var (received, text) = await Smtp.WaitForMailToAsync(user.Email!);
        received.Subject.ShouldBe("Tomorrow: Steady run");
        text.ShouldContain("Steady run (45 min, RPE 4)");
        text.ShouldContain("8 km");
        text.ShouldContain("Why: Aerobic base before the hills.");
        text.ShouldContain($"/session/{session.Id}");
        (await SendsOfAsync(App, user.Id)).ShouldHaveSingleItem().Kind.ShouldBe(NotificationKind.TomorrowSession);
    }

    [Fact]
    public async Task BeforeARestDay_NoMail()
    {
        var (user, athleteId) = await AthleteWantingTomorrowAsync();
        var six = NextLocal(App, Zone, 18, 2);
        await RunOnAsync(App, athleteId, LocalDays.DateIn(six, Zone).AddDays(2), "The day after tomorrow.");

        await AdvanceToAsync(App, six);

        (await Smtp.MessagesAsync()).ShouldBeEmpty();
        (await SendsOfAsync(App, user.Id)).ShouldHaveSingleItem().Status.ShouldBe(NotificationSendStatus.NothingToSay);
    }

    [Fact]
    public async Task TheAthletesCoach_DoesNotGetTheAthletesMail()
    {
        var (user, athleteId) = await AthleteWantingTomorrowAsync();
        var coach = await new TestData(App).UserAsync(AppRoles.Coach);
        await new TestData(App).LinkCoachAsync(coach.Id, athleteId);
        var six = NextLocal(App, Zone, 18, 2);
        await RunOnAsync(App, athleteId, LocalDays.DateIn(six, Zone).AddDays(1), "Keep it easy.");

        await AdvanceToAsync(App, six);

        await Smtp.WaitForMailToAsync(user.Email!);
        (await Smtp.MessagesAsync()).SelectMany(m => m.To).ShouldBe([user.Email!]);
    }

    private async Task<(AppUser User, Guid AthleteId)> AthleteWantingTomorrowAsync()
    {
        var data = new TestData(App);
        var user = await data.UserAsync(AppRoles.Athlete);
        var athlete = await data.CompleteAthleteAsync(user.Id);
        await ReceivesMailInAsync(App, user.Id, Zone);
        await SwitchOnAsync(App, user.Id, NotificationKind.TomorrowSession, 18);
        return (user, athlete.Id);
    }
}
