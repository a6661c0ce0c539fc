using System.Net;
using HybridTrainer.Data.Body;
using HybridTrainer.Data.Journal;
using HybridTrainer.Domain.Time;
using HybridTrainer.Domain.Training;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using LoggedSet = HybridTrainer.Data.Journal.LoggedSet;

namespace HybridTrainer.Web.Tests.Features.Progress;

/// <summary>The progress page as served to an athlete who chose Spanish: Spanish words and decimal commas.</summary>
public class ProgressLanguagePageTests(HostFixture host) : HostTest(host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ProgressPage_AthleteWhoChoseSpanish_ReadsSpanishWithDecimalCommas()
    {
        var email = await AthleteWithHistoryAsync(language: "es");

        var html = await PageAsync(email, "/progress");

        html.ShouldContain("<title>Progreso · HybridTrainer</title>");
        html.ShouldContain("Carga (kg)");
        html.ShouldContain("Pesaje (kg)");
        html.ShouldContain("<td>81,6</td>");
        html.ShouldContain("Kilómetros por semana según el tipo de carrera");
        html.ShouldNotContain("<td>81.6</td>");
    }

    [Fact]
    public async Task ProgressPage_AthleteWithoutAChoice_ReadsEnglish()
    {
        var email = await AthleteWithHistoryAsync(language: null);

        var html = await PageAsync(email, "/progress");

        html.ShouldContain("<title>Progress · HybridTrainer</title>");
        html.ShouldContain("<td>81.6</td>");
    }

    private async Task<string> PageAsync(string email, string path)
    {
        using var client = CreateClient();
        await AccountClient.LogInAsync(client, email);
        var response = await client.GetAsync(path, Ct);
        response.EnsureSuccessStatusCode();
        // Read as a person would: the encoder may write non-ASCII letters as character references.
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>Last week a lift with 100 kg × 5 back squats; today an 81.6 kg weigh-in; the athlete's chosen language.</summary>
    private async Task<string> AthleteWithHistoryAsync(string? language)
    {
        var lastMonday = LocalDays.MondayOf(TestClock.Today).AddDays(-7);
        var (_, athlete, email) = await new TestData(App).AthleteWithBlockAsync(lastMonday, 2);
        var sessions = await new TestData(App).SessionsOfAsync(athlete.Id);
        var lift = sessions.First(s => s.Kind == SessionKind.Lift && s.Date < TestClock.Today);
        await using var db = App.CreateDbContext();
        await db.Users.Where(u => u.Id == athlete.UserId).ExecuteUpdateAsync(u => u.SetProperty(x => x.Language, language), Ct);
        db.SessionLogs.Add(new SessionLog
        {
            Id = Guid.NewGuid(), PlannedSessionId = lift.Id, AthleteId = athlete.Id, Completed = true, ActualDurationMinutes = 60, Rpe = 7, LoggedAt = TestClock.Start,
            Sets = [new LoggedSet { Exercise = "Back squat", MainLift = nameof(MainLift.Squat), Reps = 5, WeightKg = 100m }],
        });
        db.BodyMeasurements.Add(new BodyMeasurement { Id = Guid.NewGuid(), AthleteId = athlete.Id, Date = TestClock.Today, WeightKg = 81.6m, LoggedAt = TestClock.Start });
        await db.SaveChangesAsync(Ct);
        return email;
    }
}
