using System.Net;
using System.Runtime.CompilerServices;
using HybridTrainer.Web.Tests.Infrastructure;

namespace HybridTrainer.Web.Tests.Features.PlanPreview;

/// <summary>
/// The preview's answer, byte for byte, for fixed requests: the engine and the JSON may get faster, but what an athlete
/// is told must not change. Each file under Golden/ is the answer as it was written before the speed work; a change
/// that is meant to alter the plan rewrites the file in the same commit, on purpose.
/// </summary>
public class PlanPreviewGoldenTests(HostFixture host) : HostTest(host)
{
    public static TheoryData<string, string> Requests() => new()
    {
        // The example: an open 4-week block with history, heart rate and paces.
        { "open-example", PlanPreviewApi.ExampleRequest().ToJsonString() },
        // bench/wrk/preview.lua's request: no history, no heart rate, a rep-tested bench press.
        {
            "open-bench",
            """{"bodyWeightKg":80,"runningBaseWeeks":8,"fiveKmTime":"24:00","lifts":{"squat":{"oneRepMaxKg":140},"benchPress":{"weightKg":80,"reps":8},"deadlift":{"oneRepMaxKg":180},"overheadPress":{"oneRepMaxKg":60}},"availableDays":["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"],"startDate":"2026-11-23","weeks":4}"""
        },
        // A novice without a 5 km time over 12 weeks on three days: effort lines by heart rate, deloads, a second cycle, load guard.
        {
            "open-novice-twelve-weeks",
            """{"bodyWeightKg":64.5,"birthYear":1971,"restingHeartRate":72,"runningBaseWeeks":0,"lifts":{"squat":{"weightKg":60,"reps":5},"benchPress":{"weightKg":40,"reps":10},"deadlift":{"oneRepMaxKg":92.5},"overheadPress":{"weightKg":25,"reps":6}},"availableDays":["Tuesday","Thursday","Sunday"],"startDate":"2026-01-07","weeks":12,"history":{"weeklyLoadsAu":[300,350],"weeklyRunMinutes":[40,45]}}"""
        },
        // A half marathon with a goal time, far enough ahead that the clock never passes it.
        {
            "race-half-marathon",
            """{"bodyWeightKg":70,"birthYear":2066,"runningBaseWeeks":30,"fiveKmTime":"20:45","lifts":{"squat":{"oneRepMaxKg":120},"benchPress":{"oneRepMaxKg":85},"deadlift":{"oneRepMaxKg":150},"overheadPress":{"oneRepMaxKg":50}},"availableDays":["Monday","Tuesday","Thursday","Saturday","Sunday"],"startDate":"2099-03-02","race":{"distance":"HalfMarathon","date":"2099-05-24","goalTime":"1:32:00"}}"""
        },
        // A 12-week marathon on seven days: long runs with race pace, taper, lifting around the race.
        {
            "race-marathon",
            """{"bodyWeightKg":77,"birthYear":2060,"restingHeartRate":52,"runningBaseWeeks":60,"fiveKmTime":"19:10","lifts":{"squat":{"oneRepMaxKg":130},"benchPress":{"weightKg":90,"reps":5},"deadlift":{"oneRepMaxKg":170},"overheadPress":{"oneRepMaxKg":55}},"availableDays":["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"],"startDate":"2099-08-03","race":{"distance":"Marathon","date":"2099-10-25"}}"""
        },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Preview_FixedRequest_AnswersTheRecordedJsonByteForByte(string name, string request)
    {
        using var client = CreateClient();

        var response = await PlanPreviewApi.PostRawAsync(client, request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var actual = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var expected = (await File.ReadAllTextAsync(GoldenPath(name), TestContext.Current.CancellationToken)).TrimEnd('\n');
        if (actual != expected)
        {
            // The answer beside the test output, so the difference can be read with any diff tool.
            var written = Path.Combine(Path.GetTempPath(), $"plan-preview-{name}.actual.json");
            await File.WriteAllTextAsync(written, actual + "\n", TestContext.Current.CancellationToken);
            actual.ShouldBe(expected, $"The preview's answer changed; the new answer is in {written}.");
        }
    }

    private static string GoldenPath(string name, [CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "Golden", name + ".json");
}
