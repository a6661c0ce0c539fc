using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using HybridTrainer.Domain.Training;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Tests.Features.Api;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Tests.Features.Activities;

public class ActivityApiTests(HostFixture host) : HostTest(host)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Import_AFitRun_AnswersItAsTheDeviceRecordedIt()
    {
        var (client, athleteId, _) = await AthleteAsync();

        var body = await ApiScenario.ReadAsync(await UploadAsync(client, athleteId, "2013-02-06-12-11-14.fit", ActivityFiles.Bytes("2013-02-06-12-11-14.fit")), HttpStatusCode.OK);

        var run = body.GetProperty("imported").EnumerateArray().ShouldHaveSingleItem();
        run.GetProperty("sport").GetString().ShouldBe("Running");
        run.GetProperty("source").GetString().ShouldBe("fit");
        run.GetProperty("startTime").GetDateTimeOffset().ShouldBe(new DateTimeOffset(2013, 2, 6, 12, 11, 14, TimeSpan.Zero));
        run.GetProperty("distanceMeters").GetDouble().ShouldBe(4835.38, 4835.38 * 0.005);
        run.GetProperty("movingSeconds").GetDouble().ShouldBe(2625.14, 1);
        run.GetProperty("averageHeartRate").GetInt32().ShouldBeInRange(146, 148);
        run.GetProperty("laps").GetArrayLength().ShouldBe(5);
        run.GetProperty("matchedSessionId").ValueKind.ShouldBe(JsonValueKind.Null);
        body.GetProperty("skipped").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Import_TheSameRunAgainAsGpx_KeepsOneActivityAndSaysItWasAlreadyImported()
    {
        var (client, athleteId, _) = await AthleteAsync();
        await UploadAsync(client, athleteId, "2013-02-06-12-11-14.fit", ActivityFiles.Bytes("2013-02-06-12-11-14.fit"));

        var body = await ApiScenario.ReadAsync(await UploadAsync(client, athleteId, "run-2013-02-06.gpx", ActivityFiles.Bytes("run-2013-02-06.gpx")), HttpStatusCode.OK);

        body.GetProperty("imported").GetArrayLength().ShouldBe(0);
        body.GetProperty("skipped")[0].GetProperty("reason").GetString().ShouldBe("Already imported.");
        await using var db = App.CreateDbContext();
        (await db.Activities.CountAsync(Cancel)).ShouldBe(1);
    }

    [Fact]
    public async Task Import_ARunOnADayWithAPlannedRun_LogsThatSessionFromTheRecording()
    {
        var (client, athleteId, run) = await AthleteAsync();

        var body = await ApiScenario.ReadAsync(await UploadAsync(client, athleteId, "run.tcx", TcxOn(run.Date)), HttpStatusCode.OK);

        body.GetProperty("imported")[0].GetProperty("matchedSessionId").GetGuid().ShouldBe(run.Id);
        await using var db = App.CreateDbContext();
        var log = await db.SessionLogs.SingleAsync(l => l.PlannedSessionId == run.Id, Cancel);
        log.Completed.ShouldBeTrue();
        log.ActualDurationMinutes.ShouldBe(33);
        log.DistanceKm.ShouldBe(4.69m);
        log.Rpe.ShouldBe(run.PlannedRpe);
    }

    [Fact]
    public async Task Import_OnASessionLoggedByHand_KeepsWhatWasTypedAndPutsTheRecordingBeside()
    {
        var (client, athleteId, run) = await AthleteAsync();
        (await client.PutAsync($"/api/v1/sessions/{run.Id}/log", ApiScenario.Json(new { completed = true, actualDurationMinutes = 40, rpe = 7, notes = "windy" }), Cancel))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var body = await ApiScenario.ReadAsync(await UploadAsync(client, athleteId, "run.tcx", TcxOn(run.Date)), HttpStatusCode.OK);

        body.GetProperty("imported")[0].GetProperty("matchedSessionId").GetGuid().ShouldBe(run.Id);
        await using var db = App.CreateDbContext();
        var log = await db.SessionLogs.SingleAsync(l => l.PlannedSessionId == run.Id, Cancel);
        (log.ActualDurationMinutes, log.Rpe, log.Notes).ShouldBe((40, 7, "windy"));
    }

    [Fact]
    public async Task Import_AZipOfTwoRunsARideAndABrokenFile_ImportsThreeAndNamesTheBrokenOne()
    {
        var (client, athleteId, _) = await AthleteAsync();
        var zip = ActivityFiles.Zip(
            ("activities/1.fit", ActivityFiles.Bytes("2013-02-06-12-11-14.fit")),
            ("activities/2.fit.gz", ActivityFiles.Gzip(ActivityFiles.Bytes("activity-small-fenix2-run.fit"))),
            ("activities/3.fit", ActivityFiles.Bytes("sample-activity.fit")),
            ("activities/4.fit", ActivityFiles.Bytes("activity-unexpected-eof.fit")),
            ("activities.csv", "id,name\n1,run\n"u8.ToArray()));

        var body = await ApiScenario.ReadAsync(await UploadAsync(client, athleteId, "export.zip", zip), HttpStatusCode.OK);

        body.GetProperty("imported").EnumerateArray().Select(a => a.GetProperty("sport").GetString()).Order().ShouldBe(["Cycling", "Running", "Running"]);
        var skipped = body.GetProperty("skipped").EnumerateArray().Select(s => (File: s.GetProperty("file").GetString()!, Reason: s.GetProperty("reason").GetString()!)).ToList();
        skipped.ShouldContain(s => s.File == "export.zip › activities/4.fit");
        skipped.ShouldContain(s => s.File.StartsWith("export.zip (1 other file)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_AJpegRenamedFit_Answers400NamingTheFileAndStoresNothing()
    {
        var (client, athleteId, _) = await AthleteAsync();
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];

        var problem = await ApiScenario.ProblemAsync(await UploadAsync(client, athleteId, "holiday.fit", jpeg), HttpStatusCode.BadRequest);

        problem.GetProperty("errors").GetProperty("file")[0].GetString().ShouldStartWith("holiday.fit: ");
        await using var db = App.CreateDbContext();
        (await db.Activities.AnyAsync(Cancel)).ShouldBeFalse();
    }

    [Fact]
    public async Task Import_MoreThanFiftyMegabytes_Answers413AndStoresNothing()
    {
        var (client, athleteId, _) = await AthleteAsync();
        using var content = new MultipartFormDataContent { { new StreamContent(new ZeroStream(51L * 1024 * 1024)), "file", "huge.fit" } };

        var response = await client.PostAsync($"/api/v1/athletes/{athleteId}/activities", content, Cancel);

        await ApiScenario.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        await using var db = App.CreateDbContext();
        (await db.Activities.AnyAsync(Cancel)).ShouldBeFalse();
    }

    [Fact]
    public async Task Import_SentAsJson_Answers415()
    {
        var (client, athleteId, _) = await AthleteAsync();

        var response = await client.PostAsync($"/api/v1/athletes/{athleteId}/activities", ApiScenario.Json("{}"), Cancel);

        await ApiScenario.ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Import_WithoutAFileField_Answers400OnTheFileField()
    {
        var (client, athleteId, _) = await AthleteAsync();
        using var content = new MultipartFormDataContent { { new StringContent("hello"), "note" } };

        var problem = await ApiScenario.ProblemAsync(await client.PostAsync($"/api/v1/athletes/{athleteId}/activities", content, Cancel), HttpStatusCode.BadRequest);

        problem.GetProperty("errors").TryGetProperty("file", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Rate_ExtraTrainingToday_CountsItInTheLoad()
    {
        var (client, athleteId, _) = await AthleteAsync();
        var imported = await ApiScenario.ReadAsync(await UploadAsync(client, athleteId, "run.tcx", TcxOn(ApiScenario.Today)), HttpStatusCode.OK);
        var activity = imported.GetProperty("imported")[0];
        activity.GetProperty("matchedSessionId").ValueKind.ShouldBe(JsonValueKind.Null);

        var rated = await ApiScenario.ReadAsync(await client.PutAsync($"/api/v1/activities/{activity.GetProperty("id").GetGuid()}/rpe", ApiScenario.Json(new { rpe = 6, version = activity.GetProperty("version").GetUInt32() }), Cancel), HttpStatusCode.OK);

        rated.GetProperty("rpe").GetInt32().ShouldBe(6);
        var load = await ApiScenario.ReadAsync(await client.GetAsync($"/api/v1/athletes/{athleteId}/load?weeks=1", Cancel), HttpStatusCode.OK);
        load[0].GetProperty("runLoad").GetInt32().ShouldBe(33 * 6);
    }

    [Fact]
    public async Task Rate_OutOfRange_Answers400OnTheRpeField()
    {
        var (client, athleteId, _) = await AthleteAsync();
        var imported = await ApiScenario.ReadAsync(await UploadAsync(client, athleteId, "run.tcx", TcxOn(ApiScenario.Today)), HttpStatusCode.OK);

        var activity = imported.GetProperty("imported")[0];

        var response = await client.PutAsync($"/api/v1/activities/{activity.GetProperty("id").GetGuid()}/rpe",
            ApiScenario.Json(new { rpe = 11, version = activity.GetProperty("version").GetUInt32() }), Cancel);

        (await ApiScenario.ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("rpe", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Rate_WithoutAVersion_Answers400AndChangesNothing()
    {
        var (client, athleteId, _) = await AthleteAsync();
        var imported = await ApiScenario.ReadAsync(await UploadAsync(client, athleteId, "run.tcx", TcxOn(ApiScenario.Today)), HttpStatusCode.OK);
        var id = imported.GetProperty("imported")[0].GetProperty("id").GetGuid();

        var response = await client.PutAsync($"/api/v1/activities/{id}/rpe", ApiScenario.Json(new { rpe = 6 }), Cancel);

        (await ApiScenario.ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("version", out _).ShouldBeTrue();
        await using var db = App.CreateDbContext();
        (await db.Activities.SingleAsync(a => a.Id == id, Cancel)).Rpe.ShouldBeNull();
    }

    [Fact]
    public async Task List_FromTo_ReturnsTheActivitiesOfThoseDays()
    {
        var (client, athleteId, _) = await AthleteAsync();
        await UploadAsync(client, athleteId, "2013-02-06-12-11-14.fit", ActivityFiles.Bytes("2013-02-06-12-11-14.fit"));
        await UploadAsync(client, athleteId, "run.tcx", TcxOn(ApiScenario.Today));

        var listed = await ApiScenario.ReadAsync(await client.GetAsync($"/api/v1/athletes/{athleteId}/activities?from=2013-02-01&to=2013-02-28", Cancel), HttpStatusCode.OK);

        listed.EnumerateArray().ShouldHaveSingleItem().GetProperty("startTime").GetDateTimeOffset().Year.ShouldBe(2013);
    }

    [Fact]
    public async Task Import_GymStaff_Gets403AndStoresNothing()
    {
        var scenario = new ApiScenario(App);
        var planned = await scenario.PlannedAthleteAsync();
        using var staff = await scenario.ClientAsync(await scenario.StaffOfAsync(planned.Athlete.Id));

        var response = await UploadAsync(staff, planned.Athlete.Id, "2013-02-06-12-11-14.fit", ActivityFiles.Bytes("2013-02-06-12-11-14.fit"));

        await ApiScenario.ProblemAsync(response, HttpStatusCode.Forbidden);
        await using var db = App.CreateDbContext();
        (await db.Activities.AnyAsync(Cancel)).ShouldBeFalse();
    }

    private async Task<(HttpClient Client, Guid AthleteId, HybridTrainer.Data.Planning.PlannedSession Run)> AthleteAsync()
    {
        var scenario = new ApiScenario(App);
        var planned = await scenario.PlannedAthleteAsync();
        var client = await scenario.ClientAsync(planned.UserId);
        return (client, planned.Athlete.Id, planned.Sessions.First(s => s.Kind == SessionKind.Run));
    }

    // The athlete lives in UTC: seven in the morning of that day.
    private static byte[] TcxOn(DateOnly day) => ActivityFiles.TcxRunStartingAt(new DateTimeOffset(day.ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero));

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid athleteId, string fileName, byte[] content)
    {
        using var body = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        body.Add(file, "file", fileName);
        return await client.PostAsync($"/api/v1/athletes/{athleteId}/activities", body, Cancel);
    }

    /// <summary>A stream of zeros of a given length, made as it is read (an oversized upload without the memory).</summary>
    private sealed class ZeroStream(long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            Array.Clear(buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush() { }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
