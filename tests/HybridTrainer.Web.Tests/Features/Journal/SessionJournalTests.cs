using System.Security.Claims;
using HybridTrainer.Domain.Training;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlannedSession = HybridTrainer.Data.Planning.PlannedSession;
using HybridTrainer.Tests.Support;
using HybridTrainer.Domain.Time;
using HybridTrainer.Web.Features.Sessions;
using HybridTrainer.Web.Common;

namespace HybridTrainer.Web.Tests.Features.Journal;

public class SessionJournalTests(HostFixture host) : HostTest(host)
{
    [Fact]
    public async Task StartingInput_LiftSession_PrefillsEverySetWithThePlan()
    {
        var (user, sessions) = await PlannedWeekAsync();
        var lift = sessions.First(s => s.Kind == SessionKind.Lift);

        var input = SessionJournal.StartingInput((await Journal.GetAsync(user, lift.Id, TestContext.Current.CancellationToken))!);

        input.Sets.Count.ShouldBe(lift.Prescription.Exercises.Sum(e => e.Sets.Count));
        input.Sets[0].Reps.ShouldBe(lift.Prescription.Exercises[0].Sets[0].Reps);
        input.Sets[0].WeightKg.ShouldBe(lift.Prescription.Exercises[0].Sets[0].WeightKg);
        input.Rpe.ShouldBe(lift.PlannedRpe);
    }

    [Fact]
    public async Task Save_DoneWithEditedSets_StoresTheLogAndShowsItNextTime()
    {
        var (user, sessions) = await PlannedWeekAsync();
        var lift = sessions.First(s => s.Kind == SessionKind.Lift);
        var input = SessionJournal.StartingInput((await Journal.GetAsync(user, lift.Id, TestContext.Current.CancellationToken))!);
        input.Sets[2].Reps = 8;
        input.Rpe = 8;

        var result = await Journal.SaveAsync(user, lift.Id, input, TestContext.Current.CancellationToken);

        result.Succeeded.ShouldBeTrue();
        var again = SessionJournal.StartingInput((await Journal.GetAsync(user, lift.Id, TestContext.Current.CancellationToken))!);
        again.Sets[2].Reps.ShouldBe(8);
        again.Rpe.ShouldBe(8);
    }

    [Fact]
    public async Task Save_ImperialAthleteTypesPounds_StoresKilogramsAndKeepsUntouchedSetsExact()
    {
        var (user, sessions) = await PlannedWeekAsync();
        var lift = sessions.First(s => s.Kind == SessionKind.Lift);
        var planned = SessionJournal.StartingInput((await Journal.GetAsync(user, lift.Id, TestContext.Current.CancellationToken))!);
        var shown = LogUnits.ForDisplay(planned, UnitSystem.Imperial);
        shown.Sets[0].WeightKg.ShouldBe(UnitConversion.LoadForDisplay(planned.Sets[0].WeightKg!.Value, UnitSystem.Imperial));
        shown.Sets[0].WeightKg = 225m;

        var result = await Journal.SaveAsync(user, lift.Id, LogUnits.ToMetric(shown, planned), TestContext.Current.CancellationToken);

        result.Succeeded.ShouldBeTrue();
        await using var db = App.CreateDbContext();
        var log = await db.SessionLogs.SingleAsync(TestContext.Current.CancellationToken);
        log.Sets[0].WeightKg.ShouldBe(102.06m);
        log.Sets.Skip(1).Select(s => s.WeightKg).ShouldBe(planned.Sets.Skip(1).Select(s => s.WeightKg));
    }

    [Fact]
    public async Task Save_ImperialDistance_StoresKilometres()
    {
        var (user, sessions) = await PlannedWeekAsync();
        var run = sessions.First(s => s.Kind == SessionKind.Run);
        var planned = SessionJournal.StartingInput((await Journal.GetAsync(user, run.Id, TestContext.Current.CancellationToken))!);
        var shown = LogUnits.ForDisplay(planned, UnitSystem.Imperial);
        shown.DistanceKm = 5m;

        (await Journal.SaveAsync(user, run.Id, LogUnits.ToMetric(shown, planned), TestContext.Current.CancellationToken)).Succeeded.ShouldBeTrue();

        await using var db = App.CreateDbContext();
        (await db.SessionLogs.SingleAsync(TestContext.Current.CancellationToken)).DistanceKm.ShouldBe(8.05m);
    }

    [Fact]
    public void Validate_ImperialLoadOverTheLimit_SaysItInPounds()
    {
        var input = new LogSessionInput { Units = UnitSystem.Imperial, ActualDurationMinutes = 30, Rpe = 5, DistanceKm = 200m, Sets = [new LogSetInput { Exercise = "Squat", Reps = 5, WeightKg = 1200m }] };

        var errors = new LogSessionInputValidator().Validate(input).Errors.Select(e => e.ErrorMessage);

        errors.ShouldBe(["Distance is between 0 and 186 mi.", "Weight is between 0 and 1102 lb."]);
    }

    [Fact]
    public async Task Save_Skipped_KeepsNoNumbers()
    {
        var (user, sessions) = await PlannedWeekAsync();

        await Journal.SaveAsync(user, sessions[0].Id, new LogSessionInput { Completed = false, Rpe = 5, ActualDurationMinutes = 30, Notes = "Work trip" }, TestContext.Current.CancellationToken);

        await using var db = App.CreateDbContext();
        var log = await db.SessionLogs.SingleAsync(TestContext.Current.CancellationToken);
        log.Completed.ShouldBeFalse();
        (log.Rpe, log.ActualDurationMinutes, log.Notes).ShouldBe((null, null, "Work trip"));
    }

    [Fact]
    public async Task Save_RpeOfEleven_IsRefusedAndNothingIsStored()
    {
        var (user, sessions) = await PlannedWeekAsync();

        var result = await Journal.SaveAsync(user, sessions[0].Id, new LogSessionInput { Rpe = 11, ActualDurationMinutes = 30 }, TestContext.Current.CancellationToken);

        result.Succeeded.ShouldBeFalse();
        result.Failure!.Messages.ShouldContain("Rate the session from 0 (rest) to 10 (maximal).");
        await using var db = App.CreateDbContext();
        (await db.SessionLogs.AnyAsync(TestContext.Current.CancellationToken)).ShouldBeFalse();
    }

    [Fact]
    public async Task GetAndSave_AnotherAthletesSession_AreNotFound()
    {
        var (_, sessions) = await PlannedWeekAsync();
        var (intruder, _) = await PlannedWeekAsync();

        (await Journal.GetAsync(intruder, sessions[0].Id, TestContext.Current.CancellationToken)).ShouldBeNull();
        var result = await Journal.SaveAsync(intruder, sessions[0].Id, new LogSessionInput { Rpe = 5, ActualDurationMinutes = 30 }, TestContext.Current.CancellationToken);

        result.Succeeded.ShouldBeFalse();
        await using var db = App.CreateDbContext();
        (await db.SessionLogs.AnyAsync(TestContext.Current.CancellationToken)).ShouldBeFalse();
    }

    private SessionJournal Journal => App.Services.CreateScope().ServiceProvider.GetRequiredService<SessionJournal>();

    private async Task<(ClaimsPrincipal User, IReadOnlyList<PlannedSession> Sessions)> PlannedWeekAsync()
    {
        var data = new TestData(App);
        var (user, athlete, _) = await data.AthleteWithBlockAsync(LocalDays.MondayOf(TestClock.Today.AddDays(7)));
        return (user, await data.SessionsOfAsync(athlete.Id));
    }
}
