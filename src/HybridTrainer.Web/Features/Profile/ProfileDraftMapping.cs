using HybridTrainer.Data;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Domain.Training;
using ShoeKind = HybridTrainer.Domain.Athletes.ShoeKind;
using HybridTrainer.Domain.Time;
using HybridTrainer.Web.Common;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Profile;

/// <summary>Between the stored athlete (metric) and the draft the steps edit (the athlete's units).</summary>
internal static class ProfileDraftMapping
{
    public static ProfileDraft ToDraft(Athlete athlete, IStringLocalizer<ProfileText> text)
    {
        var units = athlete.Units;
        var draft = new ProfileDraft
        {
            Version = athlete.Version,
            Body =
            {
                Units = units,
                BodyWeight = athlete.BodyWeightKg is { } kg ? UnitConversion.BodyWeightForDisplay(kg, units) : null,
                BirthYear = athlete.BirthYear,
                RestingHeartRate = athlete.RestingHeartRate,
            },
            Running =
            {
                RunningBaseWeeks = athlete.RunningBaseWeeks,
                FiveKmTime = athlete.FiveKmTime is { } time ? ClockTime.Format(time) : null,
            },
            Lifts = { Units = units, Lifts = [.. Enum.GetValues<MainLift>().Select(lift => ToInput(lift, athlete, units))] },
            Schedule = { AvailableDays = [.. athlete.AvailableDays], Goal = athlete.Goal, TimeZone = athlete.TimeZone },
            Shoes = { Units = units, Shoes = [.. athlete.Shoes.Where(s => s.RetiredOn is null).OrderBy(s => s.CreatedAt).ThenBy(s => s.Name, StringComparer.Ordinal).Select(s => ToInput(s, units))] },
        };
        if (athlete.BodyWeightKg is null && draft.Shoes.Shoes.Count == 0)
        {
            // First onboarding: suggest the pair of each kind the rotation wants (R28); both can be renamed or removed.
            draft.Shoes.Shoes.Add(new ShoeInput { Name = text["SuggestedCushioned"], Kind = ShoeKind.Cushioned });
            draft.Shoes.Shoes.Add(new ShoeInput { Name = text["SuggestedMinimalist"], Kind = ShoeKind.Minimalist });
        }

        return draft;
    }


    /// <summary>Copies a valid draft onto the tracked athlete; children are matched so their ids survive.</summary>
    public static void Apply(ProfileDraft draft, Athlete athlete, DateTimeOffset now, HybridTrainerDbContext db)
    {
        var units = draft.Units;
        athlete.Units = units;
        athlete.BodyWeightKg = UnitConversion.BodyWeightForStorage(draft.Body.BodyWeight!.Value, units);
        athlete.BirthYear = draft.Body.BirthYear;
        athlete.RestingHeartRate = draft.Body.RestingHeartRate;
        athlete.RunningBaseWeeks = draft.Running.RunningBaseWeeks;
        athlete.FiveKmTime = draft.Running.ParsedFiveKmTime;
        athlete.AvailableDays = draft.Schedule.OrderedDays();
        athlete.Goal = draft.Schedule.Goal;
        athlete.TimeZone = draft.Schedule.TimeZone;
        athlete.UpdatedAt = now;
        var today = LocalDays.DateIn(now, athlete.TimeZone);
        foreach (var input in draft.Lifts.Lifts)
        {
            ApplyLift(input, athlete, units, today, db);
        }

        ApplyShoes(draft.Shoes.Shoes, athlete, units, now, db);
    }

    private static LiftInput ToInput(MainLift lift, Athlete athlete, UnitSystem units)
    {
        var entry = athlete.LiftMaxes.FirstOrDefault(l => l.Lift == lift);
        return entry switch
        {
            { TestWeightKg: { } weight, TestReps: var reps } when entry.OneRepMaxKg is null => new LiftInput
            {
                Lift = lift, Kind = LiftTestKind.RepTest, Weight = UnitConversion.LoadForDisplay(weight, units), Reps = reps,
            },
            { OneRepMaxKg: { } max } => new LiftInput { Lift = lift, OneRepMax = UnitConversion.LoadForDisplay(max, units) },
            _ => new LiftInput { Lift = lift },
        };
    }

    private static ShoeInput ToInput(Shoe shoe, UnitSystem units) => new()
    {
        Id = shoe.Id, Name = shoe.Name, Kind = shoe.Kind, Distance = UnitConversion.DistanceForDisplay(shoe.Kilometres, units),
    };

    private static void ApplyLift(LiftInput input, Athlete athlete, UnitSystem units, DateOnly today, HybridTrainerDbContext db)
    {
        var tested = input.Kind == LiftTestKind.OneRepMax;
        decimal? oneRepMax = tested ? UnitConversion.LoadForStorage(input.OneRepMax!.Value, units) : null;
        decimal? weight = tested ? null : UnitConversion.LoadForStorage(input.Weight!.Value, units);
        int? reps = tested ? null : input.Reps;
        var entry = athlete.LiftMaxes.FirstOrDefault(l => l.Lift == input.Lift);
        if (entry is null)
        {
            entry = new LiftMaxEntry { Id = Guid.CreateVersion7(), AthleteId = athlete.Id, Lift = input.Lift };
            db.LiftMaxes.Add(entry);
        }
        else if (entry.OneRepMaxKg == oneRepMax && entry.TestWeightKg == weight && entry.TestReps == reps)
        {
            // An unchanged test keeps the day it was measured on.
            return;
        }

        (entry.OneRepMaxKg, entry.TestWeightKg, entry.TestReps, entry.MeasuredOn) = (oneRepMax, weight, reps, today);
    }

    private static void ApplyShoes(List<ShoeInput> inputs, Athlete athlete, UnitSystem units, DateTimeOffset now, HybridTrainerDbContext db)
    {
        var active = athlete.Shoes.Where(s => s.RetiredOn is null).ToList();
        // A pair taken off the list is retired, not deleted: the runs logged in it keep their pair, and the shoes page
        // still shows it. Only this athlete's own pairs can be matched; an unknown id becomes a new pair.
        foreach (var gone in active.Where(s => !inputs.Any(i => i.Id == s.Id)))
        {
            gone.RetiredOn = LocalDays.DateIn(now, athlete.TimeZone);
        }

        foreach (var input in inputs)
        {
            var shoe = active.FirstOrDefault(s => s.Id == input.Id);
            if (shoe is null)
            {
                shoe = new Shoe { Id = Guid.CreateVersion7(now), AthleteId = athlete.Id, Name = "", CreatedAt = now };
                db.Shoes.Add(shoe);
            }

            shoe.Name = input.Name.Trim();
            shoe.Kind = input.Kind;
            shoe.Kilometres = UnitConversion.DistanceForStorage(input.Distance!.Value, units);
        }
    }
}
