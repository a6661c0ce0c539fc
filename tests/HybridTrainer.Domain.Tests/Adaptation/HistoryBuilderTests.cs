using HybridTrainer.Domain.Adaptation;
using HybridTrainer.Domain.Tests.Builders;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Tests.Adaptation;

public class HistoryBuilderTests
{
    private static readonly TrainingBlock _plan = Plans.Generate(new ProfileBuilder().Build());

    private static LoggedSession Done(PlannedSession planned, int minutes, int rpe, params LoggedSet[] sets) =>
        new(planned.Date, planned.Kind, true, minutes, null, rpe, sets);

    [Fact]
    public void FromLog_DoneSessions_WeeklyLoadIsSessionRpeTimesMinutes()
    {
        var week = _plan.Weeks[0].Sessions;
        LoggedSession[] log = [Done(week[0], 60, 7), Done(week[2], 45, 8), new(week[3].Date, SessionKind.Run, false, null, null, null, [])];

        var history = HistoryBuilder.FromLog(_plan, log);

        history.WeeklyLoadsAu.ShouldBe([420 + 360]);
        history.WeeklyRunMinutes.ShouldBe([45]);
    }

    [Fact]
    public void FromLog_WholeBlockLogged_MarksWaveCompleteWithLastMaxes()
    {
        var log = _plan.Sessions.Select(s => Done(s, s.DurationMinutes, s.PlannedRpe)).ToList();

        var history = HistoryBuilder.FromLog(_plan, log);

        history.WeeklyLoadsAu.ShouldBe(_plan.Weeks.Select(w => w.PlannedLoadAu));
        history.PreviousWaveCompleted.ShouldBeTrue();
        history.PreviousTrainingMaxes.ShouldBe(_plan.Weeks[3].TrainingMaxes);
        history.IntervalSessionsDone.ShouldBe(2);
        history.HillSessionsDone.ShouldBe(2);
    }

    [Fact]
    public void FromLog_FailedAmrap_NextBlockLowersThatTrainingMax()
    {
        var weekThreeLower = _plan.Weeks[2].Sessions.First(s => s.LiftFocus == LiftFocus.Lower);
        var log = _plan.Sessions.Select(s => s == weekThreeLower
            ? Done(s, 60, 9, new LoggedSet("Back squat", MainLift.Squat, 0, 120m, true, 1))
            : Done(s, s.DurationMinutes, s.PlannedRpe)).ToList();

        var history = HistoryBuilder.FromLog(_plan, log);
        var next = Plans.Generate(new ProfileBuilder().Build(), history: history, start: _plan.StartDate.AddDays(28));

        history.AmrapResults.Single().Failed.ShouldBeTrue();
        next.TrainingMaxes.Squat.ShouldBe(0.9m * _plan.TrainingMaxes.Squat);
        next.TrainingMaxes.Deadlift.ShouldBe(_plan.TrainingMaxes.Deadlift + 5);
    }

    [Fact]
    public void FromLog_LongHistory_KeepsLastTwelveWeeks()
    {
        var earlier = new TrainingHistory([.. Enumerable.Range(1, 12)], [.. Enumerable.Range(1, 12)], []);
        var log = _plan.Sessions.Select(s => Done(s, s.DurationMinutes, s.PlannedRpe)).ToList();

        var history = HistoryBuilder.FromLog(_plan, log, earlier);

        history.WeeklyLoadsAu.Count.ShouldBe(12);
        history.WeeklyLoadsAu[0].ShouldBe(5);
    }
}
