using System.Globalization;
using HybridTrainer.Web.Infrastructure.Localization;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Data.Planning;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Domain.Training;
using HybridTrainer.Web.Common;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Sessions;

/// <summary>One point of the even-pace split table: where, and the clock time to pass it.</summary>
public sealed record RaceSplit(string Label, TimeSpan Time)
{
    public string Clock => RaceDayPlan.Clock(Time);
}

/// <summary>
/// What the race-day card shows (R38, R39): the distance, the predicted finish, even splits in the athlete's unit and
/// what to eat. The finish and splits come from the block's stored prediction (<see cref="RaceFinish"/>); without it
/// (a session read on its own) they fall back to the stored whole-second race pace times the distance.
/// </summary>
public sealed record RaceDayPlan(RaceDistance Distance, string Name, TimeSpan PredictedTime, string Pace, IReadOnlyList<RaceSplit> Splits, string Fuelling)
{
    /// <summary>The English wording; the card shows it in the reader's language (key ShortRaceFuelling).</summary>
    public const string ShortRaceFuelling = "Under 90 minutes no carbohydrate is needed on the way: start on your usual meal, and drink if it is warm.";

    private static readonly StringLocalizer<SessionsText> Text = StaticLocalizers.For<SessionsText>();

    private const double MetersPerMile = 1609.344;

    public string PredictedClock => Clock(PredictedTime);

    /// <summary>The race-day plan of a race session; null when the session is not a race or has no race pace.</summary>
    public static RaceDayPlan? For(RunType? runType, RunDetails? run, UnitSystem units, RaceFinish? finish = null)
    {
        if (runType != RunType.Race || run is null || DistanceOf(run.DistanceKm) is not { } distance
            || (run.RacePaceFastSecondsPerKm ?? run.PaceFastSecondsPerKm) is not { } secondsPerKm || secondsPerKm <= 0)
        {
            return null;
        }

        var meters = R39RacePrediction.MetersOf(distance);
        var unitMeters = units == UnitSystem.Imperial ? MetersPerMile : 1000;
        var unit = UnitConversion.DistanceUnit(units);
        var splits = new List<RaceSplit>();
        var step = SplitStep(distance, units);
        var halfWayAdded = false;
        // Even splits to the finish the pace stands for: its exact time when the block's is known, else pace × distance.
        var evenSecondsPerKm = finish is { } known ? known.Paced.TotalSeconds * 1000 / meters : secondsPerKm;
        for (var at = step; at * unitMeters < meters - 1; at += step)
        {
            if (distance == RaceDistance.Marathon && at * unitMeters > meters / 2 && !halfWayAdded)
            {
                splits.Add(Split(Text["SplitHalfWay", Units(meters / 2, unitMeters), unit], meters / 2, evenSecondsPerKm));
                halfWayAdded = true;
            }

            splits.Add(Split($"{at} {unit}", at * unitMeters, evenSecondsPerKm));
        }

        splits.Add(Split(Text["SplitFinish", Units(meters, unitMeters), unit], meters, evenSecondsPerKm));
        return new RaceDayPlan(
            distance,
            NameOf(distance),
            finish?.Predicted ?? splits[^1].Time,
            SessionText.PaceText(secondsPerKm, secondsPerKm, units),
            splits,
            run.FuellingNote ?? Text["ShortRaceFuelling"]);
    }

    /// <summary>"Marathon", "Half marathon", "10 km", "5 km" ("Maratón", "Media maratón" in Spanish).</summary>
    public static string NameOf(RaceDistance distance) => distance switch
    {
        RaceDistance.FiveK => Text["RaceFiveK"],
        RaceDistance.TenK => Text["RaceTenK"],
        RaceDistance.HalfMarathon => Text["RaceHalfMarathon"],
        RaceDistance.Marathon => Text["RaceMarathon"],
        _ => Capitalized(R39RacePrediction.NameOf(distance)),
    };

    private static string Capitalized(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    /// <summary>h:mm:ss from an hour on, m:ss below, to the nearest second (<see cref="ClockTime"/>).</summary>
    public static string Clock(TimeSpan time) => ClockTime.Format(time);

    /// <summary>
    /// The race a stored distance is: stored to 0.01 km, so 42.2 is the marathon and 21.1 the half.
    /// </summary>
    public static RaceDistance? DistanceOf(decimal? km) =>
        km is not { } value ? null
            : Enum.GetValues<RaceDistance>().Cast<RaceDistance?>()
                .FirstOrDefault(d => Math.Abs((double)value - (R39RacePrediction.MetersOf(d!.Value) / 1000)) < 0.01);

    // 5 and 10 km: every km or mile; the half every 5 km or 2 miles; the marathon every 5 km or 5 miles, plus half-way.
    private static int SplitStep(RaceDistance distance, UnitSystem units) => distance switch
    {
        RaceDistance.FiveK or RaceDistance.TenK => 1,
        RaceDistance.HalfMarathon => units == UnitSystem.Imperial ? 2 : 5,
        _ => 5,
    };

    private static RaceSplit Split(string label, double meters, double secondsPerKm) =>
        new(label, TimeSpan.FromSeconds(meters * secondsPerKm / 1000));

    private static string Units(double meters, double unitMeters) => (meters / unitMeters).ToString("0.#", CultureInfo.CurrentCulture);
}
