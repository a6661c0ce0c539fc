using System.Globalization;
using HybridTrainer.Activities;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Web.Common;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Activities;

/// <summary>How an activity's figures read, in the athlete's units and the reader's language and number format.</summary>
public static class ActivityText
{
    public static string Distance(double? metres, UnitSystem units, IStringLocalizer<ActivitiesText> text) => metres is { } m
        ? $"{UnitConversion.FromKm((decimal)m / 1000m, units).ToString("0.00", CultureInfo.CurrentCulture)} {UnitConversion.DistanceUnit(units)}"
        : text["NoDistance"];

    /// <summary>"m:ss", or "h:mm:ss" from an hour on (<see cref="ClockTime"/>).</summary>
    public static string Duration(double seconds) => ClockTime.Format(TimeSpan.FromSeconds(seconds));

    /// <summary>Minutes and seconds per km or mile; null without a distance.</summary>
    public static string? Pace(double seconds, double? metres, UnitSystem units)
    {
        if (metres is not (> 0) || seconds <= 0)
        {
            return null;
        }

        var perUnit = seconds / (double)UnitConversion.FromKm((decimal)metres.Value / 1000m, units);
        return perUnit > 3600 ? null : $"{Duration(perUnit)} /{UnitConversion.DistanceUnit(units)}";
    }

    public static string Sport(ActivitySport sport, IStringLocalizer<ActivitiesText> text) => sport switch
    {
        ActivitySport.Running => text["SportRun"],
        ActivitySport.Walking => text["SportWalk"],
        ActivitySport.Cycling => text["SportRide"],
        ActivitySport.Swimming => text["SportSwim"],
        ActivitySport.Rowing => text["SportRow"],
        _ => text["SportOther"],
    };
}
