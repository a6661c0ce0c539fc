using System.Globalization;
using System.Text;

namespace HybridTrainer.Activities.Tests.Gpx;

/// <summary>GPX rules on small documents written in the test.</summary>
public class GpxRuleTests
{
    [Fact]
    public void Decode_TrackWithoutAnyTime_IsRefusedAsHavingNoDuration()
    {
        var gpx = Track("""<trkpt lat="46" lon="14.5"/><trkpt lat="46.001" lon="14.5"/>""");

        Reason(gpx).ShouldBe("The GPX track has no times, so the activity's duration cannot be known.");
    }

    [Fact]
    public void Decode_TimesThatDoNotAdvance_AreRefused()
    {
        var gpx = Track("""
            <trkpt lat="46" lon="14.5"><time>2024-05-01T07:00:00Z</time></trkpt>
            <trkpt lat="46.001" lon="14.5"><time>2024-05-01T07:00:00Z</time></trkpt>
            """);

        Reason(gpx).ShouldBe("The GPX track's times do not advance, so the activity's duration cannot be known.");
    }

    [Fact]
    public void Decode_TimesWithAnOffset_AreReadAsUtc()
    {
        var gpx = Track("""
            <trkpt lat="46" lon="14.5"><time>2024-05-01T09:00:00.500+02:00</time></trkpt>
            <trkpt lat="46.001" lon="14.5"><time>2024-05-01T09:00:30.500+02:00</time></trkpt>
            """);

        var activity = Activity(gpx);

        activity.StartTime.ShouldBe(new DateTimeOffset(2024, 5, 1, 7, 0, 0, 500, TimeSpan.Zero));
        activity.ElapsedTime.ShouldBe(TimeSpan.FromSeconds(30));
    }

    [Theory]
    [InlineData("windows-1250")]
    [InlineData("ISO-8859-1")]
    public void Decode_FileInAnOlderCharacterEncoding_IsRead(string encodingName)
    {
        var gpx = $"""
            <?xml version="1.0" encoding="{encodingName}"?>
            <gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>Zbevnica, Lisina, Učka</name><type>Hiking</type><trkseg>
            <trkpt lat="46" lon="14.5"><time>2024-05-01T07:00:00Z</time></trkpt>
            <trkpt lat="46.001" lon="14.5"><time>2024-05-01T07:00:30Z</time></trkpt>
            </trkseg></trk></gpx>
            """;
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(encodingName) ?? Encoding.GetEncoding(encodingName);

        var result = ActivityDecoder.Decode("a.gpx", encoding.GetBytes(gpx));

        result.ShouldBeOfType<DecodeSuccess>().Activities.ShouldHaveSingleItem().Sport.ShouldBe(ActivitySport.Walking);
    }

    [Fact]
    public void Decode_RootThatIsNotGpx_IsRefused() =>
        Reason("<html><body>Sign in</body></html>").ShouldBe("This is not a GPX file: its root element is <html>, not <gpx>.");

    [Fact]
    public void Decode_ElementsNestedThousandsDeep_AreRefusedBeforeTheyAreAllRead()
    {
        var gpx = $"<gpx>{string.Concat(Enumerable.Repeat("<x>", 100_000))}";

        Reason(gpx).ShouldBe("The GPX file nests its elements more than 64 levels deep.");
    }

    [Fact]
    public void Decode_EmptyTrackSegments_AreRefusedAsHavingNoPoints() =>
        Reason(Track("")).ShouldBe("The GPX file has no track points.");

    [Fact]
    public void Decode_LongTrack_IsThinnedForChartsKeepingTheEnd()
    {
        var points = new StringBuilder();
        var start = new DateTimeOffset(2024, 5, 1, 7, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 5000; i++)
        {
            var lat = (46 + (i * 0.00001)).ToString(CultureInfo.InvariantCulture);
            points.Append(CultureInfo.InvariantCulture, $"""<trkpt lat="{lat}" lon="14.5"><time>{start.AddSeconds(i):O}</time></trkpt>""");
        }

        var activity = Activity(Track(points.ToString()));

        activity.Samples.Count.ShouldBeInRange(1000, 2000);
        activity.Samples[^1].Offset.ShouldBe(TimeSpan.FromSeconds(4999));
        activity.Samples[^1].DistanceMeters.ShouldBe(activity.DistanceMeters);
    }

    private static string Track(string points) =>
        $"""<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>{points}</trkseg></trk></gpx>""";

    private static string Reason(string gpx) =>
        ActivityDecoder.Decode("a.gpx", Encoding.UTF8.GetBytes(gpx)).ShouldBeOfType<DecodeFailure>().Reason;

    private static DecodedActivity Activity(string gpx) =>
        ActivityDecoder.Decode("a.gpx", Encoding.UTF8.GetBytes(gpx)).ShouldBeOfType<DecodeSuccess>().Activities.ShouldHaveSingleItem();
}
