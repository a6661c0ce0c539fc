using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Rules;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Common.Why;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Plan;

/// <summary>
/// A race block the engine refuses for this athlete (R31 span or runs a week, R39 no 5 km time), as a failure naming
/// what to change: the race date on the form, or the available days or 5 km time on the profile.
/// </summary>
internal static class RaceRefusal
{
    public const string RaceDateField = nameof(GenerateBlockInput.RaceDate);

    public const string AvailableDaysField = "AvailableDays";

    public const string FiveKmTimeField = "FiveKmTime";

    public static Failure? For(BlockRequest request, IStringLocalizer<WhyText> why)
    {
        if (BlockGenerator.RefusalFor(request) is not { } reason)
        {
            return null;
        }

        // R31 checks in this order: the span, the runs a week, then the 5 km time.
        var race = request.Race!;
        var field = request.Weeks < R31RaceBlockLength.MinWeeks(race.Distance) || request.Weeks > R31RaceBlockLength.MaxWeeks
            ? RaceDateField
            : RunsPerWeek(request) < R31RaceBlockLength.MinRunsPerWeek(race.Distance) ? AvailableDaysField : FiveKmTimeField;
        return Failure.Invalid(field, why.Word(reason));
    }

    private static int RunsPerWeek(BlockRequest request)
    {
        var days = request.Profile.AvailableDays.Distinct().Count();
        return days is >= R02SessionAllocation.MinimumDays and <= R02SessionAllocation.MaximumDays
            ? R02SessionAllocation.For(days, qualityAllowed: true).RunSessions
            : 0;
    }
}
