using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using HybridTrainer.Web.Infrastructure.Localization;
using HybridTrainer.Web.Common.Why;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Web.Features.PlanPreview;

namespace HybridTrainer.Web.UnitTests.Features.PlanPreview;

/// <summary>
/// The preview's hand-written answer equals, byte for byte, what the API's serializer writes for the same contract:
/// a field added to a response record and not to the writer fails here.
/// </summary>
public class PlanPreviewJsonWriterTests
{
    // The API's options: ASP.NET Core's (web defaults, relaxed escaping), enums as names, the preview's context first.
    private static readonly JsonSerializerOptions ApiOptions = CreateApiOptions();

    private static readonly DayOfWeek[][] DayChoices =
    [
        [DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Sunday],
        [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday, DayOfWeek.Saturday],
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Saturday, DayOfWeek.Sunday],
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday],
        [.. Enum.GetValues<DayOfWeek>()],
    ];

    public static TheoryData<int> Profiles() => [.. Enumerable.Range(0, 40)];

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Write_OpenBlock_EqualsTheSerializersBytes(int seed)
    {
        var random = new Random(seed);
        var request = new PlanPreviewRequest(
            BodyWeightKg: 50 + random.Next(0, 60) + (random.Next(0, 4) * 0.25m),
            RunningBaseWeeks: random.Next(0, 40),
            Lifts: new PlanPreviewLifts(
                new PlanPreviewLift(OneRepMaxKg: 60 + random.Next(0, 120)),
                new PlanPreviewLift(WeightKg: 40 + random.Next(0, 60), Reps: random.Next(1, 11)),
                new PlanPreviewLift(OneRepMaxKg: 80 + random.Next(0, 140) + 0.5m),
                new PlanPreviewLift(WeightKg: 20 + random.Next(0, 40), Reps: random.Next(1, 11))),
            AvailableDays: DayChoices[seed % DayChoices.Length],
            StartDate: new DateOnly(2026, 1, 5).AddDays(random.Next(0, 365)),
            BirthYear: random.Next(0, 2) == 0 ? null : random.Next(1950, 2008),
            RestingHeartRate: random.Next(0, 2) == 0 ? null : random.Next(40, 80),
            FiveKmTime: random.Next(0, 3) == 0 ? null : $"{random.Next(17, 35)}:{random.Next(0, 60):00}",
            Weeks: random.Next(BlockRequest.MinWeeks, BlockRequest.MaxWeeks + 1),
            History: random.Next(0, 2) == 0 ? null : new PlanPreviewHistory([random.Next(0, 3000), random.Next(0, 3000), random.Next(0, 3000)], [random.Next(0, 300)]));

        AssertSameBytes(PlanPreviewMapper.ToResponse(BlockGenerator.Generate(PlanPreviewMapper.ToBlockRequest(request)), StaticLocalizers.For<WhyText>()));
    }

    [Theory]
    [InlineData("FiveK", 8, null)]
    [InlineData("TenK", 10, "44:30")]
    [InlineData("HalfMarathon", 14, "1:39:00")]
    [InlineData("Marathon", 16, "3:10:00")]
    public void Write_RaceBlock_EqualsTheSerializersBytes(string distance, int weeks, string? goalTime)
    {
        var start = new DateOnly(2099, 3, 2);
        var request = new PlanPreviewRequest(
            72m, 40,
            new PlanPreviewLifts(new(OneRepMaxKg: 120), new(WeightKg: 80, Reps: 6), new(OneRepMaxKg: 150), new(OneRepMaxKg: 52.5m)),
            DayChoices[3], start, BirthYear: 2064, FiveKmTime: "20:30",
            Race: new PlanPreviewRace(distance, start.AddDays(((weeks - 1) * 7) + 6).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), goalTime));

        var response = PlanPreviewMapper.ToResponse(BlockGenerator.Generate(PlanPreviewMapper.ToBlockRequest(request)), StaticLocalizers.For<WhyText>());

        response.Race.ShouldNotBeNull();
        AssertSameBytes(response);
    }

    private static void AssertSameBytes(PlanPreviewResponse response)
    {
        var output = new ArrayBufferWriter<byte>();
        new PlanPreviewJsonResult(response).Write(output, ApiOptions.Encoder);

        Encoding.UTF8.GetString(output.WrittenSpan).ShouldBe(JsonSerializer.Serialize(response, ApiOptions));
    }

    private static JsonSerializerOptions CreateApiOptions()
    {
        var options = new Microsoft.AspNetCore.Http.Json.JsonOptions().SerializerOptions;
        options.Converters.Add(new JsonStringEnumConverter());
        options.TypeInfoResolverChain.Insert(0, PlanPreviewJsonContext.Default);
        return options;
    }
}
