using HybridTrainer.Data.Athletes;
using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Training;
using Shoe = HybridTrainer.Data.Athletes.Shoe;

namespace HybridTrainer.Web.Features.Athletes;

/// <summary>
/// One athlete. <see cref="TimeZone"/> (IANA) decides their "today" and week; <see cref="Health"/> (body weight, birth
/// year, resting heart rate) is null for gym staff.
/// </summary>
public sealed record AthleteDetail(
    Guid Id,
    string DisplayName,
    Guid? GymId,
    bool HasLogin,
    AthleteRelation Relation,
    UnitSystem Units,
    string TimeZone,
    Goal Goal,
    IReadOnlyList<DayOfWeek> AvailableDays,
    int? RunningBaseWeeks,
    string? FiveKmTime,
    IReadOnlyList<LiftMaxDto> LiftMaxes,
    IReadOnlyList<ShoeDto> Shoes,
    AthleteHealth? Health,
    uint Version);

public sealed record AthleteHealth(decimal? BodyWeightKg, int? BirthYear, int? RestingHeartRate);

public sealed record LiftMaxDto(MainLift Lift, decimal? OneRepMaxKg, decimal? TestWeightKg, int? TestReps, DateOnly MeasuredOn)
{
    public static LiftMaxDto From(LiftMaxEntry entry) => new(entry.Lift, entry.OneRepMaxKg, entry.TestWeightKg, entry.TestReps, entry.MeasuredOn);
}

public sealed record ShoeDto(Guid Id, string Name, ShoeKind Kind, decimal Kilometres, DateOnly? RetiredOn)
{
    public static ShoeDto From(Shoe shoe) => new(shoe.Id, shoe.Name, shoe.Kind, shoe.Kilometres, shoe.RetiredOn);
}
