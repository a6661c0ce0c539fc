using HybridTrainer.Activities.Xml;

namespace HybridTrainer.Activities.Gpx;

/// <summary>
/// Collects gpx/trk/trkseg/trkpt of GPX 1.0 and 1.1 by position in the tree, whatever the namespace. A point's heart
/// rate is any "hr" element below it: Garmin's TrackPointExtension v1 and v2 (under any prefix) in 1.1, and the bare
/// private elements GPX 1.0 allows.
/// </summary>
internal sealed class GpxTrackReader : IXmlElementVisitor
{
    private const int TrackDepth = 1;
    private const int SegmentDepth = 2;
    private const int PointDepth = 3;

    private readonly List<IReadOnlyList<GpxPoint>> _segments = [];
    private List<GpxPoint>? _segment;
    private ActivitySport? _sport;
    private bool _hasRoutesOrWaypoints;
    private bool _inTrack;
    private bool _inPoint;
    private double? _latitude;
    private double? _longitude;
    private DateTimeOffset? _time;
    private int? _heartRate;

    public static GpxTracks Read(ReadOnlySpan<byte> content)
    {
        var reader = new GpxTrackReader();
        SafeXmlWalker.Walk(content, "GPX", reader);
        return new GpxTracks(reader._segments, reader._sport, reader._hasRoutesOrWaypoints);
    }

    public void Start(XmlElementName name, int depth, XmlAttributes attributes)
    {
        switch (depth)
        {
            case 0 when !name.Is("gpx"):
                throw new ActivityFileException(DecodeError.GpxWrongRoot, $"This is not a GPX file: its root element is <{name.LocalName}>, not <gpx>.", name.LocalName);
            case TrackDepth:
                _inTrack = name.Is("trk");
                _hasRoutesOrWaypoints |= name.Is("rte") || name.Is("wpt");
                break;
            case SegmentDepth when _inTrack && name.Is("trkseg"):
                _segment = [];
                break;
            case PointDepth when _segment is not null && name.Is("trkpt"):
                _inPoint = true;
                _latitude = XmlValues.Double(attributes["lat"]) is { } lat && Math.Abs(lat) <= 90 ? lat : null;
                _longitude = XmlValues.Double(attributes["lon"]) is { } lon && Math.Abs(lon) <= 180 ? lon : null;
                _time = null;
                _heartRate = null;
                break;
        }
    }

    public void End(XmlElementName name, int depth, string text)
    {
        switch (depth)
        {
            case TrackDepth:
                _inTrack = false;
                break;
            case SegmentDepth when _segment is not null:
                _segments.Add(_segment);
                _segment = null;
                break;
            case PointDepth when _inPoint:
                _segment?.Add(new GpxPoint(_latitude, _longitude, _time, _heartRate));
                _inPoint = false;
                break;
            case PointDepth + 1 when _inPoint && name.Is("time"):
                _time = XmlValues.Time(text);
                break;
            case > PointDepth when _inPoint && name.Is("hr"):
                _heartRate = XmlValues.Int(text) is { } hr && hr is > 0 and < 300 ? hr : _heartRate;
                break;
            case TrackDepth + 1 when _inTrack && name.Is("type"):
                _sport ??= SportNames.Recognise(text);
                break;
        }
    }
}
