using CsCheck;
using HybridTrainer.Domain.Progress;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Domain.Tests.Progress;

public class HypertrophyVolumeRuleTests
{
    private static LoggedSet Set(string name, MainLift? lift = null) => new(name, lift, 8, 60, false, 8);

    [Fact]
    public void FromLifting_AKnownWeek_CountsPrimaryWholeAndSecondaryHalf()
    {
        // 5 squat sets, 5 bench supplemental (BBB, by its lift), 3 chin-ups.
        var sets = Enumerable.Repeat(Set(R04LiftSplit.SquatName, MainLift.Squat), 5)
            .Concat(Enumerable.Repeat(Set(R23SupplementalVolume.SupplementalName(MainLift.BenchPress), MainLift.BenchPress), 5))
            .Concat(Enumerable.Repeat(Set(R04LiftSplit.ChinUpName), 3));

        var volume = HypertrophyVolumeRule.FromLifting(sets);

        volume[MuscleGroup.Quadriceps].ShouldBe(5m);
        volume[MuscleGroup.Glutes].ShouldBe(5m);
        volume[MuscleGroup.Hamstrings].ShouldBe(2.5m);
        volume[MuscleGroup.Chest].ShouldBe(5m);
        volume[MuscleGroup.Shoulders].ShouldBe(2.5m + 1.5m);
        volume[MuscleGroup.Arms].ShouldBe(2.5m + 1.5m);
        volume[MuscleGroup.Back].ShouldBe(3m);
        volume[MuscleGroup.Calves].ShouldBe(0m);
    }

    [Fact]
    public void FromRunRepetitions_EightHillRepeats_GiveFourSetsToEachLegMuscle()
    {
        var volume = HypertrophyVolumeRule.FromRunRepetitions(8);

        foreach (var muscle in HypertrophyVolumeRule.RunMuscles)
        {
            volume[muscle].ShouldBe(4m);
        }

        volume[MuscleGroup.Chest].ShouldBe(0m);
    }

    [Fact]
    public void EveryExerciseTheEnginePrescribes_HasMuscles()
    {
        string[] names = [R04LiftSplit.SquatName, R04LiftSplit.BenchPressName, R04LiftSplit.DeadliftName, R04LiftSplit.OverheadPressName,
            R04LiftSplit.LungeName, R04LiftSplit.ChinUpName, R04LiftSplit.RowName, R04LiftSplit.PushUpName];

        names.ShouldAllBe(n => HypertrophyVolumeRule.MusclesOf(n, null) != null);
        Enum.GetValues<MainLift>().ShouldAllBe(l => HypertrophyVolumeRule.MusclesOf(R23SupplementalVolume.SupplementalName(l), l) != null);
    }

    [Theory]
    [InlineData(9.5, VolumeZone.Below)]
    [InlineData(10, VolumeZone.Within)]
    [InlineData(20, VolumeZone.Within)]
    [InlineData(20.5, VolumeZone.Above)]
    public void ZoneOf_TheTenToTwentyBand(double sets, VolumeZone zone) =>
        HypertrophyVolumeRule.ZoneOf((decimal)sets).ShouldBe(zone);

    private static readonly string[] KnownAndUnknown = [.. HypertrophyVolumeRule.Exercises.Keys, "Cable fly", ""];

    [Fact]
    public void FromLifting_AnySets_IsNeverNegativeAndGrowsWithEverySet() =>
        Gen.Select(Gen.Int[0, KnownAndUnknown.Length - 1], Gen.Int[-2, 20]).Array[0, 40].Sample(pairs =>
        {
            var sets = pairs.Select(p => new LoggedSet(KnownAndUnknown[p.Item1], null, p.Item2, 50, false, 5)).ToArray();
            var all = HypertrophyVolumeRule.FromLifting(sets);
            var fewer = HypertrophyVolumeRule.FromLifting(sets.Skip(1));
            foreach (var muscle in MuscleSets.Groups)
            {
                all[muscle].ShouldBeGreaterThanOrEqualTo(0m);
                all[muscle].ShouldBeGreaterThanOrEqualTo(fewer[muscle]);
            }

            // A set adds at most its primaries plus half its secondaries: the deadlift, 3 + ½, is the most.
            all.Total.ShouldBeLessThanOrEqualTo(3.5m * sets.Length);
        });
}
