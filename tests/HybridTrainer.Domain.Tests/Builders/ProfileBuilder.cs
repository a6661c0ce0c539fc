using HybridTrainer.Domain.Athletes;

namespace HybridTrainer.Domain.Tests.Builders;

/// <summary>An athlete profile with sensible defaults; tests change only what they are about.</summary>
public sealed class ProfileBuilder
{
    private decimal _bodyWeight = 82;
    private int? _birthYear = 1994;
    private int? _restingHeartRate = 60;
    private int _baseWeeks = 8;
    private TimeSpan? _fiveKm = TimeSpan.FromMinutes(22.5);
    private LiftMaxes _lifts = new(LiftMax.Tested(140), LiftMax.RepTest(80, 8), LiftMax.Tested(180), LiftMax.Tested(60));
    private DayOfWeek[] _days = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday];
    private Shoe[] _shoes = [new("road", "Road trainer", ShoeKind.Cushioned, 120), new("flat", "Minimal flat", ShoeKind.Minimalist, 60)];

    public ProfileBuilder WithBodyWeight(decimal kg) { _bodyWeight = kg; return this; }

    public ProfileBuilder WithBirthYear(int? year) { _birthYear = year; return this; }

    public ProfileBuilder WithRestingHeartRate(int? bpm) { _restingHeartRate = bpm; return this; }

    public ProfileBuilder WithBaseWeeks(int weeks) { _baseWeeks = weeks; return this; }

    public ProfileBuilder WithFiveKm(TimeSpan? time) { _fiveKm = time; return this; }

    public ProfileBuilder WithLifts(LiftMaxes lifts) { _lifts = lifts; return this; }

    public ProfileBuilder WithDays(params DayOfWeek[] days) { _days = days; return this; }

    public ProfileBuilder WithShoes(params Shoe[] shoes) { _shoes = shoes; return this; }

    public AthleteProfile Build() =>
        new(_bodyWeight, _birthYear, _restingHeartRate, _baseWeeks, _fiveKm, _lifts, _days, Goal.Balanced, _shoes);
}
