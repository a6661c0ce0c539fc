using System.Buffers.Binary;
using HybridTrainer.Activities.Workouts;

namespace HybridTrainer.Activities.Tests.Workouts;

/// <summary>The bytes of a written workout: a FIT file a watch accepts, laid out as Garmin's own SDK lays workouts out.</summary>
public class FitWorkoutWriterTests
{
    private static byte[] Written => FitWorkoutWriter.Write(SampleWorkouts.SprintSeries, SampleWorkouts.CreatedAt);

    [Fact]
    public void Header_Is14BytesWithSignatureVersionsAndDataSize()
    {
        var file = Written;

        file[0].ShouldBe((byte)14);
        file[1].ShouldBe((byte)0x10); // protocol 1.0
        BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(2)).ShouldBe((ushort)2132);
        BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(4)).ShouldBe((uint)(file.Length - 14 - 2));
        file.AsSpan(8, 4).SequenceEqual(".FIT"u8).ShouldBeTrue();
    }

    [Fact]
    public void HeaderCrc_MatchesTheFirst12Bytes()
    {
        var file = Written;

        BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(12)).ShouldBe(Crc16.Of(file.AsSpan(0, 12)));
    }

    [Fact]
    public void FileCrc_MatchesHeaderAndData()
    {
        var file = Written;

        BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(file.Length - 2)).ShouldBe(Crc16.Of(file.AsSpan(0, file.Length - 2)));
        Crc16.Of(file).ShouldBe((ushort)0); // the FIT check: CRC over everything, stored CRC included, is zero
    }

    [Fact]
    public void ActivityDecoder_ReadsTheFileAsFitAndRefusesItAsAWorkout()
    {
        var result = ActivityDecoder.Decode("x.fit", Written);

        result.ShouldBeOfType<DecodeFailure>().Reason.ShouldBe("This is not an activity: it is a FIT workout file.");
    }

    [Fact]
    public void Write_IsDeterministic()
    {
        Written.ShouldBe(Written);
    }

    [Fact]
    public void TimeCreated_IsFitSecondsOfTheGivenTime()
    {
        FileIdField(Written, 4).ShouldBe((uint)(SampleWorkouts.CreatedAt - new DateTimeOffset(1989, 12, 31, 0, 0, 0, TimeSpan.Zero)).TotalSeconds);
    }

    [Fact]
    public void SerialNumber_DiffersBetweenWorkoutsWrittenAtTheSameTime()
    {
        var other = FitWorkoutWriter.Write(SampleWorkouts.EasyRun, SampleWorkouts.CreatedAt);

        FileIdField(other, 3).ShouldNotBe(FileIdField(Written, 3));
    }

    [Fact]
    public void SerialNumber_IsTheOneGivenWhenGiven()
    {
        var file = FitWorkoutWriter.Write(SampleWorkouts.EasyRun, SampleWorkouts.CreatedAt, serialNumber: 4242);

        FileIdField(file, 3).ShouldBe(4242u);
    }

    [Fact]
    public void Messages_AreFileIdThenWorkoutThenSteps()
    {
        var globals = FitLayout.Definitions(Written).Select(d => d.GlobalNumber).Distinct();

        globals.ShouldBe([(ushort)0, (ushort)26, (ushort)27]);
    }

    [Fact]
    public void FieldNumbersAndBaseTypes_MatchTheWorkoutGarminsSdkWrote()
    {
        // WorkoutIndividualSteps.fit comes from the FIT SDK; every field it defines must mean the same in ours.
        var garmin = FitLayout.Definitions(Fixtures.Bytes("WorkoutIndividualSteps.fit"));
        var ours = FitLayout.Definitions(Written);

        foreach (var global in new ushort[] { 0, 26, 27 })
        {
            var ourFields = ours.Where(d => d.GlobalNumber == global).SelectMany(d => d.Fields).ToDictionary(f => f.Number, f => f.BaseType);
            foreach (var field in garmin.Where(d => d.GlobalNumber == global).SelectMany(d => d.Fields))
            {
                ourFields.ShouldContainKey(field.Number, $"message {global} lacks field {field.Number}");
                ourFields[field.Number].ShouldBe(field.BaseType, $"message {global} field {field.Number}");
            }
        }
    }

    [Fact]
    public void StrengthSteps_CarryExerciseFieldsOfTheProfile()
    {
        var steps = FitLayout.Definitions(FitWorkoutWriter.Write(SampleWorkouts.Strength, SampleWorkouts.CreatedAt)).Single(d => d.GlobalNumber == 27);

        // exercise_category, exercise_name, exercise_weight, weight_display_unit: uint16 each.
        steps.Fields.Where(f => f.Number is >= 10 and <= 13).ShouldAllBe(f => f.Size == 2 && f.BaseType == 0x84);
        steps.Fields.Count(f => f.Number is >= 10 and <= 13).ShouldBe(4);
    }

    [Fact]
    public void Write_WorkoutWithoutSteps_IsRefused()
    {
        Should.Throw<ArgumentException>(() => FitWorkoutWriter.Write(new FitWorkout("Nothing", WorkoutSport.Running, []), SampleWorkouts.CreatedAt));
    }

    [Fact]
    public void Write_EmptyRepeatBlock_IsRefused()
    {
        var workout = new FitWorkout("Empty", WorkoutSport.Running, [new RepeatBlock(3, [])]);

        Should.Throw<ArgumentException>(() => FitWorkoutWriter.Write(workout, SampleWorkouts.CreatedAt));
    }

    [Fact]
    public void Write_NegativeDistance_IsRefused()
    {
        var workout = new FitWorkout("Backwards", WorkoutSport.Running,
            [new SingleStep(StepIntensity.Active, new StepDuration.Distance(-5), new StepTarget.None())]);

        Should.Throw<ArgumentOutOfRangeException>(() => FitWorkoutWriter.Write(workout, SampleWorkouts.CreatedAt));
    }

    [Fact]
    public void Write_ZoneZero_IsRefusedBecauseAWatchReadsItAsACustomRange()
    {
        var workout = new FitWorkout("Zone 0", WorkoutSport.Running,
            [new SingleStep(StepIntensity.Active, new StepDuration.LapButton(), new StepTarget.HeartRateZone(0))]);

        Should.Throw<ArgumentOutOfRangeException>(() => FitWorkoutWriter.Write(workout, SampleWorkouts.CreatedAt));
    }

    /// <summary>A uint32 field of the file_id message, the first message after the header.</summary>
    private static uint FileIdField(byte[] file, byte number)
    {
        var fileId = FitLayout.Definitions(file)[0];
        var offset = 14 + 1 + 5 + (fileId.Fields.Count * 3) + 1 + fileId.Fields.TakeWhile(f => f.Number != number).Sum(f => f.Size);
        return BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(offset));
    }
}
