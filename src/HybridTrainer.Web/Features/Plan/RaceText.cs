using System.Globalization;
using HybridTrainer.Web.Infrastructure.Localization;
using HybridTrainer.Domain.Training;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Plan;

/// <summary>How races and race times read on pages: "Marathon", "3:32:10".</summary>
public static class RaceText
{
    private static readonly StringLocalizer<PlanText> Text = StaticLocalizers.For<PlanText>();

    /// <summary>"Marathon", "Half marathon", "10 km", "5 km": the race-day card's name, so every page says it alike.</summary>
    public static string Name(RaceDistance distance) => Sessions.RaceDayPlan.NameOf(distance);

    /// <summary>"in 23 days", "tomorrow", "today", in the current language.</summary>
    public static string DaysToGo(int days) => days switch
    {
        0 => Text["Today"],
        1 => Text["Tomorrow"],
        _ => Text["InDays", days],
    };

    /// <summary>A goal time typed "h:mm:ss" (or "mm:ss" for short races); false when it is not a time.</summary>
    public static bool TryParseGoal(string? text, out TimeSpan time)
    {
        time = default;
        var parts = text?.Trim().Split(':');
        if (parts is not { Length: 2 or 3 } || !parts.All(p => p.Length is 1 or 2 && p.All(char.IsAsciiDigit)))
        {
            return false;
        }

        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        if (numbers[^1] > 59 || (numbers.Length == 3 && numbers[1] > 59))
        {
            return false;
        }

        time = numbers.Length == 3 ? new TimeSpan(numbers[0], numbers[1], numbers[2]) : new TimeSpan(0, numbers[0], numbers[1]);
        return true;
    }
}
