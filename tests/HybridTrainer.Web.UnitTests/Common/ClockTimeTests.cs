using System.Globalization;
using HybridTrainer.Web.Common;
using HybridTrainer.Web.Infrastructure.Localization;

namespace HybridTrainer.Web.UnitTests.Common;

/// <summary>One way to write a time: m:ss below an hour, h:mm:ss from it, to the nearest second, alike in both languages.</summary>
public class ClockTimeTests
{
    [Theory]
    [InlineData(0, "0:00")]
    [InlineData(9.4, "0:09")]
    [InlineData(1350, "22:30")]
    [InlineData(2799.82, "46:40")]
    [InlineData(3599.4, "59:59")]
    public void Format_UnderAnHour_ReadsMinutesAndSeconds(double seconds, string expected) =>
        ClockTime.Format(TimeSpan.FromSeconds(seconds)).ShouldBe(expected);

    [Theory]
    [InlineData(3600, "1:00:00")]
    [InlineData(6206.79, "1:43:27")]
    [InlineData(12882.62, "3:34:43")]
    [InlineData(36000, "10:00:00")]
    public void Format_FromAnHour_ReadsHoursMinutesAndSeconds(double seconds, string expected) =>
        ClockTime.Format(TimeSpan.FromSeconds(seconds)).ShouldBe(expected);

    [Theory]
    [InlineData(59.6, "1:00")]
    [InlineData(59.5, "1:00")]
    [InlineData(59.4, "0:59")]
    [InlineData(3599.5, "1:00:00")]
    public void Format_AFraction_RoundsToTheNearestSecondNeverCuts(double seconds, string expected) =>
        ClockTime.Format(TimeSpan.FromSeconds(seconds)).ShouldBe(expected);

    [Theory]
    [InlineData(0, "0:00:00")]
    [InlineData(2082.62, "0:34:43")]
    [InlineData(12882.62, "3:34:43")]
    public void WithHours_AlwaysWritesTheHours(double seconds, string expected) =>
        ClockTime.WithHours(TimeSpan.FromSeconds(seconds)).ShouldBe(expected);

    [Fact]
    public void Format_ANegativeTime_IsRefused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => ClockTime.Format(TimeSpan.FromSeconds(-1)));
        Should.Throw<ArgumentOutOfRangeException>(() => ClockTime.WithHours(TimeSpan.FromSeconds(-0.4)));
    }

    [Fact]
    public void Format_InSpanish_ReadsTheSame()
    {
        using (Languages.Use(Languages.Spanish))
        {
            CultureInfo.CurrentCulture.Name.ShouldStartWith("es");
            ClockTime.Format(TimeSpan.FromSeconds(12882.62)).ShouldBe("3:34:43");
            ClockTime.Format(TimeSpan.FromSeconds(1350.4)).ShouldBe("22:30");
        }
    }
}
