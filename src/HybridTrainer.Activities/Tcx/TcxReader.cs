using HybridTrainer.Activities.Xml;

namespace HybridTrainer.Activities.Tcx;

/// <summary>
/// Collects TrainingCenterDatabase/Activities/Activity with its laps and track points, by position in the tree.
/// Courses, workouts and multi-sport sessions are not activities of their own here and are passed over.
/// </summary>
internal sealed class TcxReader : IXmlElementVisitor
{
    private const int ActivityDepth = 2;
    private const int LapDepth = 3;
    private const int PointDepth = 5;

    private readonly string[] _path = new string[SafeXmlWalker.MaxDepth];
    private readonly List<TcxActivity> _activities = [];
    private TcxActivity? _activity;
    private TcxLap? _lap;
    private TcxPoint? _point;

    public static IReadOnlyList<TcxActivity> Read(ReadOnlySpan<byte> content)
    {
        var reader = new TcxReader();
        SafeXmlWalker.Walk(content, "TCX", reader);
        return reader._activities;
    }

    public void Start(XmlElementName name, int depth, XmlAttributes attributes)
    {
        _path[depth] = name.LocalName;
        switch (depth)
        {
            case 0 when !name.Is("TrainingCenterDatabase"):
                throw new ActivityFileException(DecodeError.TcxWrongRoot, $"This is not a TCX file: its root element is <{name.LocalName}>, not <TrainingCenterDatabase>.", name.LocalName);
            case ActivityDepth when name.Is("Activity") && Parent(depth) == "Activities":
                _activity = new TcxActivity(attributes["Sport"]);
                break;
            case LapDepth when _activity is not null && name.Is("Lap"):
                _lap = new TcxLap(XmlValues.Time(attributes["StartTime"]));
                break;
            case PointDepth when _lap is not null && name.Is("Trackpoint") && Parent(depth) == "Track":
                _point = new TcxPoint();
                break;
        }
    }

    public void End(XmlElementName name, int depth, string text)
    {
        var parent = Parent(depth);
        switch (depth)
        {
            case ActivityDepth when _activity is not null:
                _activities.Add(_activity);
                _activity = null;
                break;
            case LapDepth when _lap is not null:
                _activity?.Laps.Add(_lap);
                _lap = null;
                break;
            case LapDepth when _activity is not null && name.Is("Id"):
                _activity.Id = XmlValues.Time(text);
                break;
            case LapDepth + 1 when _lap is not null:
                LapTotal(_lap, name, text);
                break;
            case LapDepth + 2 when _lap is not null && name.Is("Value"):
                if (parent == "AverageHeartRateBpm")
                    _lap.AverageHeartRate = HeartRate(text);
                else if (parent == "MaximumHeartRateBpm")
                    _lap.MaxHeartRate = HeartRate(text);
                break;
            case PointDepth when _point is not null:
                _lap?.Points.Add(_point);
                _point = null;
                break;
            case PointDepth + 1 when _point is not null:
                if (name.Is("Time"))
                    _point.Time = XmlValues.Time(text);
                else if (name.Is("DistanceMeters"))
                    _point.DistanceMeters = NonNegative(text);
                break;
            case PointDepth + 2 when _point is not null:
                PointDetail(_point, name, parent, text);
                break;
        }
    }

    private static void LapTotal(TcxLap lap, XmlElementName name, string text)
    {
        if (name.Is("TotalTimeSeconds"))
            lap.TotalTimeSeconds = NonNegative(text);
        else if (name.Is("DistanceMeters"))
            lap.DistanceMeters = NonNegative(text);
    }

    private static void PointDetail(TcxPoint point, XmlElementName name, string? parent, string text)
    {
        if (parent == "Position" && name.Is("LatitudeDegrees"))
            point.Latitude = XmlValues.Double(text) is { } lat && Math.Abs(lat) <= 90 ? lat : null;
        else if (parent == "Position" && name.Is("LongitudeDegrees"))
            point.Longitude = XmlValues.Double(text) is { } lon && Math.Abs(lon) <= 180 ? lon : null;
        else if (parent == "HeartRateBpm" && name.Is("Value"))
            point.HeartRate = HeartRate(text);
    }

    private string? Parent(int depth) => depth > 0 ? _path[depth - 1] : null;

    // Times and distances beyond a few years or the Earth's circumference many times over are damage, not data.
    private static double? NonNegative(string text) => XmlValues.Double(text) is { } value && value is >= 0 and < 1e9 ? value : null;

    private static int? HeartRate(string text) => XmlValues.Int(text) is { } bpm && bpm is > 0 and < 300 ? bpm : null;
}
