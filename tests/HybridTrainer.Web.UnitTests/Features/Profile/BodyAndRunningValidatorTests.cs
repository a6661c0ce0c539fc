using FluentValidation;
using HybridTrainer.Web.Infrastructure.Localization;
using HybridTrainer.Data.Athletes;
using HybridTrainer.Web.Features.Profile;
using Microsoft.Extensions.Time.Testing;

namespace HybridTrainer.Web.UnitTests.Features.Profile;

public class BodyAndRunningValidatorTests
{
    private readonly BodyStepInputValidator _body = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero)), StaticLocalizers.For<ProfileText>());
    private readonly RunningStepInputValidator _running = new(StaticLocalizers.For<ProfileText>());

    [Fact]
    public void Body_CompleteMetricInput_IsValid() =>
        _body.Validate(new BodyStepInput { BodyWeight = 72.5m, BirthYear = 1990, RestingHeartRate = 52 }).IsValid.ShouldBeTrue();

    [Fact]
    public void Body_OnlyTheRequiredWeight_IsValid() =>
        _body.Validate(new BodyStepInput { BodyWeight = 72.5m }).IsValid.ShouldBeTrue();

    [Theory]
    [InlineData(null, "Enter your body weight.")]
    [InlineData(29.9, "Enter a body weight of 30–300 kg.")]
    [InlineData(300.1, "Enter a body weight of 30–300 kg.")]
    public void Body_WeightOutsideBoundsInKg_IsReportedOnBodyWeight(double? kg, string message) =>
        Messages(_body, new BodyStepInput { BodyWeight = (decimal?)kg }).ShouldBe([(nameof(BodyStepInput.BodyWeight), message)]);

    [Theory]
    [InlineData(66, false)]
    [InlineData(67, true)]
    [InlineData(661, true)]
    [InlineData(662, false)]
    public void Body_WeightInPounds_IsCheckedAfterConversion(int pounds, bool valid)
    {
        var result = _body.Validate(new BodyStepInput { Units = UnitSystem.Imperial, BodyWeight = pounds });

        result.IsValid.ShouldBe(valid);
        if (!valid)
        {
            result.Errors.Single().ErrorMessage.ShouldBe("Enter a body weight of 67–661 lb.");
        }
    }

    [Theory]
    [InlineData(1919)]
    [InlineData(2017)]
    public void Body_BirthYearOutside1920ToTenYearsAgo_IsReportedOnBirthYear(int year) =>
        Messages(_body, new BodyStepInput { BodyWeight = 70m, BirthYear = year })
            .ShouldBe([(nameof(BodyStepInput.BirthYear), "Enter a birth year from 1920 to 2016, or leave it empty.")]);

    [Theory]
    [InlineData(1920)]
    [InlineData(2016)]
    public void Body_BirthYearOnTheBounds_IsValid(int year) =>
        _body.Validate(new BodyStepInput { BodyWeight = 70m, BirthYear = year }).IsValid.ShouldBeTrue();

    [Theory]
    [InlineData(29)]
    [InlineData(121)]
    public void Body_RestingHeartRateOutside30To120_IsReportedOnRestingHeartRate(int bpm) =>
        Messages(_body, new BodyStepInput { BodyWeight = 70m, RestingHeartRate = bpm })
            .ShouldBe([(nameof(BodyStepInput.RestingHeartRate), "Enter a resting heart rate from 30 to 120 beats a minute, or leave it empty.")]);

    [Theory]
    [InlineData(0, null)]
    [InlineData(520, "12:00")]
    [InlineData(30, "1:00:00")]
    [InlineData(30, " 24:30 ")]
    [InlineData(30, "")]
    public void Running_WeeksInRangeAndOptionalTime_IsValid(int weeks, string? time) =>
        _running.Validate(new RunningStepInput { RunningBaseWeeks = weeks, FiveKmTime = time }).IsValid.ShouldBeTrue();

    [Theory]
    [InlineData(null, "Enter how many weeks you have run consistently (0 if you are starting).")]
    [InlineData(-1, "Enter 0 to 520 weeks (ten years).")]
    [InlineData(521, "Enter 0 to 520 weeks (ten years).")]
    public void Running_WeeksMissingOrOutOfRange_IsReportedOnRunningBaseWeeks(int? weeks, string message) =>
        Messages(_running, new RunningStepInput { RunningBaseWeeks = weeks })
            .ShouldBe([(nameof(RunningStepInput.RunningBaseWeeks), message)]);

    [Theory]
    [InlineData("24.30", "Write the time as mm:ss or h:mm:ss, for example 24:30.")]
    [InlineData("25:75", "Write the time as mm:ss or h:mm:ss, for example 24:30.")]
    [InlineData("11:59", "Enter a 5 km time from 12:00 to 1:00:00, or leave it empty.")]
    [InlineData("1:00:01", "Enter a 5 km time from 12:00 to 1:00:00, or leave it empty.")]
    public void Running_BadFiveKmTime_IsReportedOnFiveKmTime(string time, string message) =>
        Messages(_running, new RunningStepInput { RunningBaseWeeks = 10, FiveKmTime = time })
            .ShouldBe([(nameof(RunningStepInput.FiveKmTime), message)]);

    [Fact]
    public void Running_ParsedFiveKmTime_ReadsHoursMinutesAndSeconds() =>
        new RunningStepInput { FiveKmTime = "0:24:30" }.ParsedFiveKmTime.ShouldBe(new TimeSpan(0, 24, 30));

    internal static (string Property, string Message)[] Messages<T>(IValidator<T> validator, T input) =>
        [.. validator.Validate(input).Errors.Select(e => (e.PropertyName, e.ErrorMessage))];
}
