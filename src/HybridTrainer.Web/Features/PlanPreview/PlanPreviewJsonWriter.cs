using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace HybridTrainer.Web.Features.PlanPreview;

/// <summary>
/// Writes <see cref="PlanPreviewResponse"/> exactly as the API's serializer does (web names, enums as names, nulls
/// written except where the contract leaves them out), in one pass with pre-encoded names. The generated writer of
/// <see cref="PlanPreviewJsonContext"/> hands every enum, date and nullable number back to the serializer, which
/// flushes after each one: about 500 flushes for a 4-week answer. PlanPreviewJsonWriterTests prove the bytes equal
/// the serializer's for a sweep of blocks, so a field added to the contract and not here fails a test.
/// </summary>
internal static class PlanPreviewJsonWriter
{
    private static readonly JsonEncodedText _vdot = JsonEncodedText.Encode("vdot");
    private static readonly JsonEncodedText _trainingMaxesKg = JsonEncodedText.Encode("trainingMaxesKg");
    private static readonly JsonEncodedText _squat = JsonEncodedText.Encode("squat");
    private static readonly JsonEncodedText _benchPress = JsonEncodedText.Encode("benchPress");
    private static readonly JsonEncodedText _deadlift = JsonEncodedText.Encode("deadlift");
    private static readonly JsonEncodedText _overheadPress = JsonEncodedText.Encode("overheadPress");
    private static readonly JsonEncodedText _proteinGramsPerDay = JsonEncodedText.Encode("proteinGramsPerDay");
    private static readonly JsonEncodedText _paces = JsonEncodedText.Encode("paces");
    private static readonly JsonEncodedText _recovery = JsonEncodedText.Encode("recovery");
    private static readonly JsonEncodedText _steady = JsonEncodedText.Encode("steady");
    private static readonly JsonEncodedText _repetitionSecondsPerKm = JsonEncodedText.Encode("repetitionSecondsPerKm");
    private static readonly JsonEncodedText _fastSecondsPerKm = JsonEncodedText.Encode("fastSecondsPerKm");
    private static readonly JsonEncodedText _slowSecondsPerKm = JsonEncodedText.Encode("slowSecondsPerKm");
    private static readonly JsonEncodedText _weeks = JsonEncodedText.Encode("weeks");
    private static readonly JsonEncodedText _warnings = JsonEncodedText.Encode("warnings");
    private static readonly JsonEncodedText _rule = JsonEncodedText.Encode("rule");
    private static readonly JsonEncodedText _message = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText _race = JsonEncodedText.Encode("race");
    private static readonly JsonEncodedText _distance = JsonEncodedText.Encode("distance");
    private static readonly JsonEncodedText _date = JsonEncodedText.Encode("date");
    private static readonly JsonEncodedText _predictedTime = JsonEncodedText.Encode("predictedTime");
    private static readonly JsonEncodedText _goalTime = JsonEncodedText.Encode("goalTime");
    private static readonly JsonEncodedText _goalPaceUsed = JsonEncodedText.Encode("goalPaceUsed");
    private static readonly JsonEncodedText _programWeek = JsonEncodedText.Encode("programWeek");
    private static readonly JsonEncodedText _waveWeek = JsonEncodedText.Encode("waveWeek");
    private static readonly JsonEncodedText _startDate = JsonEncodedText.Encode("startDate");
    private static readonly JsonEncodedText _plannedLoadAu = JsonEncodedText.Encode("plannedLoadAu");
    private static readonly JsonEncodedText _plannedRunMinutes = JsonEncodedText.Encode("plannedRunMinutes");
    private static readonly JsonEncodedText _sessions = JsonEncodedText.Encode("sessions");
    private static readonly JsonEncodedText _phase = JsonEncodedText.Encode("phase");
    private static readonly JsonEncodedText _kind = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText _runType = JsonEncodedText.Encode("runType");
    private static readonly JsonEncodedText _liftFocus = JsonEncodedText.Encode("liftFocus");
    private static readonly JsonEncodedText _hardOnLegs = JsonEncodedText.Encode("hardOnLegs");
    private static readonly JsonEncodedText _durationMinutes = JsonEncodedText.Encode("durationMinutes");
    private static readonly JsonEncodedText _plannedRpe = JsonEncodedText.Encode("plannedRpe");
    private static readonly JsonEncodedText _loadAu = JsonEncodedText.Encode("loadAu");
    private static readonly JsonEncodedText _run = JsonEncodedText.Encode("run");
    private static readonly JsonEncodedText _exercises = JsonEncodedText.Encode("exercises");
    private static readonly JsonEncodedText _why = JsonEncodedText.Encode("why");
    private static readonly JsonEncodedText _warmUpMinutes = JsonEncodedText.Encode("warmUpMinutes");
    private static readonly JsonEncodedText _coolDownMinutes = JsonEncodedText.Encode("coolDownMinutes");
    private static readonly JsonEncodedText _repetitions = JsonEncodedText.Encode("repetitions");
    private static readonly JsonEncodedText _repetitionDistanceMeters = JsonEncodedText.Encode("repetitionDistanceMeters");
    private static readonly JsonEncodedText _repetitionSeconds = JsonEncodedText.Encode("repetitionSeconds");
    private static readonly JsonEncodedText _restSeconds = JsonEncodedText.Encode("restSeconds");
    private static readonly JsonEncodedText _distanceKm = JsonEncodedText.Encode("distanceKm");
    private static readonly JsonEncodedText _pace = JsonEncodedText.Encode("pace");
    private static readonly JsonEncodedText _racePaceMinutes = JsonEncodedText.Encode("racePaceMinutes");
    private static readonly JsonEncodedText _racePace = JsonEncodedText.Encode("racePace");
    private static readonly JsonEncodedText _fuellingNote = JsonEncodedText.Encode("fuellingNote");
    private static readonly JsonEncodedText _name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText _mainLift = JsonEncodedText.Encode("mainLift");
    private static readonly JsonEncodedText _role = JsonEncodedText.Encode("role");
    private static readonly JsonEncodedText _sets = JsonEncodedText.Encode("sets");
    private static readonly JsonEncodedText _reps = JsonEncodedText.Encode("reps");
    private static readonly JsonEncodedText _weightKg = JsonEncodedText.Encode("weightKg");
    private static readonly JsonEncodedText _percentOfTrainingMax = JsonEncodedText.Encode("percentOfTrainingMax");
    private static readonly JsonEncodedText _amrap = JsonEncodedText.Encode("amrap");

    public static void Write(Utf8JsonWriter writer, PlanPreviewResponse response)
    {
        writer.WriteStartObject();
        Number(writer, _vdot, response.Vdot);
        writer.WriteStartObject(_trainingMaxesKg);
        writer.WriteNumber(_squat, response.TrainingMaxesKg.Squat);
        writer.WriteNumber(_benchPress, response.TrainingMaxesKg.BenchPress);
        writer.WriteNumber(_deadlift, response.TrainingMaxesKg.Deadlift);
        writer.WriteNumber(_overheadPress, response.TrainingMaxesKg.OverheadPress);
        writer.WriteEndObject();
        writer.WriteNumber(_proteinGramsPerDay, response.ProteinGramsPerDay);
        if (response.Paces is { } paces)
        {
            writer.WriteStartObject(_paces);
            Pace(writer, _recovery, paces.Recovery);
            Pace(writer, _steady, paces.Steady);
            writer.WriteNumber(_repetitionSecondsPerKm, paces.RepetitionSecondsPerKm);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull(_paces);
        }

        writer.WriteStartArray(_weeks);
        foreach (var week in response.Weeks)
        {
            Week(writer, week);
        }

        writer.WriteEndArray();
        writer.WriteStartArray(_warnings);
        foreach (var warning in response.Warnings)
        {
            writer.WriteStartObject();
            writer.WriteString(_rule, warning.Rule);
            writer.WriteString(_message, warning.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (response.Race is { } race)
        {
            writer.WriteStartObject(_race);
            writer.WriteString(_distance, race.Distance);
            Date(writer, _date, race.Date);
            writer.WriteString(_predictedTime, race.PredictedTime);
            if (race.GoalTime is not null)
            {
                writer.WriteString(_goalTime, race.GoalTime);
            }

            writer.WriteBoolean(_goalPaceUsed, race.GoalPaceUsed);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void Week(Utf8JsonWriter writer, PlanPreviewWeek week)
    {
        writer.WriteStartObject();
        writer.WriteNumber(_programWeek, week.ProgramWeek);
        writer.WriteNumber(_waveWeek, week.WaveWeek);
        Date(writer, _startDate, week.StartDate);
        writer.WriteNumber(_plannedLoadAu, week.PlannedLoadAu);
        writer.WriteNumber(_plannedRunMinutes, week.PlannedRunMinutes);
        writer.WriteStartArray(_sessions);
        foreach (var session in week.Sessions)
        {
            Session(writer, session);
        }

        writer.WriteEndArray();
        if (week.Phase is { } phase)
        {
            writer.WriteString(_phase, Name(phase));
        }

        writer.WriteEndObject();
    }

    private static void Session(Utf8JsonWriter writer, PlanPreviewSession session)
    {
        writer.WriteStartObject();
        Date(writer, _date, session.Date);
        writer.WriteString(_kind, Name(session.Kind));
        EnumName(writer, _runType, session.RunType);
        EnumName(writer, _liftFocus, session.LiftFocus);
        writer.WriteBoolean(_hardOnLegs, session.HardOnLegs);
        writer.WriteNumber(_durationMinutes, session.DurationMinutes);
        writer.WriteNumber(_plannedRpe, session.PlannedRpe);
        writer.WriteNumber(_loadAu, session.LoadAu);
        if (session.Run is { } run)
        {
            Run(writer, run);
        }
        else
        {
            writer.WriteNull(_run);
        }

        writer.WriteStartArray(_exercises);
        foreach (var exercise in session.Exercises)
        {
            writer.WriteStartObject();
            writer.WriteString(_name, exercise.Name);
            EnumName(writer, _mainLift, exercise.MainLift);
            writer.WriteString(_role, Name(exercise.Role));
            writer.WriteStartArray(_sets);
            foreach (var set in exercise.Sets)
            {
                writer.WriteStartObject();
                writer.WriteNumber(_reps, set.Reps);
                Number(writer, _weightKg, set.WeightKg);
                Number(writer, _percentOfTrainingMax, set.PercentOfTrainingMax);
                writer.WriteBoolean(_amrap, set.Amrap);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray(_why);
        foreach (var line in session.Why)
        {
            writer.WriteStringValue(line);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Run(Utf8JsonWriter writer, PlanPreviewRun run)
    {
        writer.WriteStartObject(_run);
        writer.WriteNumber(_warmUpMinutes, run.WarmUpMinutes);
        writer.WriteNumber(_coolDownMinutes, run.CoolDownMinutes);
        Number(writer, _repetitions, run.Repetitions);
        Number(writer, _repetitionDistanceMeters, run.RepetitionDistanceMeters);
        Number(writer, _repetitionSeconds, run.RepetitionSeconds);
        Number(writer, _restSeconds, run.RestSeconds);
        Number(writer, _distanceKm, run.DistanceKm);
        if (run.Pace is { } pace)
        {
            Pace(writer, _pace, pace);
        }
        else
        {
            writer.WriteNull(_pace);
        }

        // Left out when null, as the contract's JsonIgnore(WhenWritingNull) says.
        if (run.RacePaceMinutes is { } racePaceMinutes)
        {
            writer.WriteNumber(_racePaceMinutes, racePaceMinutes);
        }

        if (run.RacePace is { } racePace)
        {
            Pace(writer, _racePace, racePace);
        }

        if (run.FuellingNote is not null)
        {
            writer.WriteString(_fuellingNote, run.FuellingNote);
        }

        writer.WriteEndObject();
    }

    private static void Pace(Utf8JsonWriter writer, JsonEncodedText name, PlanPreviewPaceRange pace)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber(_fastSecondsPerKm, pace.FastSecondsPerKm);
        writer.WriteNumber(_slowSecondsPerKm, pace.SlowSecondsPerKm);
        writer.WriteEndObject();
    }

    /// <summary>yyyy-MM-dd, as System.Text.Json writes a DateOnly.</summary>
    private static void Date(Utf8JsonWriter writer, JsonEncodedText name, DateOnly date)
    {
        Span<byte> text = stackalloc byte[10];
        date.TryFormat(text, out var written, "O", CultureInfo.InvariantCulture);
        writer.WriteString(name, text[..written]);
    }

    private static void Number(Utf8JsonWriter writer, JsonEncodedText name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void Number(Utf8JsonWriter writer, JsonEncodedText name, decimal? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void Number(Utf8JsonWriter writer, JsonEncodedText name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void EnumName<T>(Utf8JsonWriter writer, JsonEncodedText name, T? value)
        where T : struct, Enum
    {
        if (value is { } named)
        {
            writer.WriteString(name, Name(named));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>The member's name, as JsonStringEnumConverter writes it, encoded once per member.</summary>
    private static JsonEncodedText Name<T>(T value)
        where T : struct, Enum
    {
        var names = EnumNames<T>.Encoded;
        if (names.Length > 0 && Unsafe.As<T, int>(ref value) is var index && (uint)index < (uint)names.Length)
        {
            return names[index];
        }

        return JsonEncodedText.Encode(value.ToString());
    }

    // The contract's enums are int-backed and numbered 0, 1, 2…: the member's value is its index here.
    private static class EnumNames<T>
        where T : struct, Enum
    {
        public static readonly JsonEncodedText[] Encoded = Encode();

        private static JsonEncodedText[] Encode()
        {
            var values = Enum.GetValues<T>();
            var names = new JsonEncodedText[values.Length];
            for (var i = 0; i < values.Length; i++)
            {
                var value = values[i];
                if (Enum.GetUnderlyingType(typeof(T)) != typeof(int) || Unsafe.As<T, int>(ref value) != i)
                {
                    return [];
                }

                names[i] = JsonEncodedText.Encode(value.ToString());
            }

            return names;
        }
    }
}
