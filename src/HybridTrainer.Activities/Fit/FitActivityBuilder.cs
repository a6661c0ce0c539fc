namespace HybridTrainer.Activities.Fit;

/// <summary>Collects file_id, session, lap and record messages of each chained FIT file and turns sessions into activities.</summary>
internal sealed class FitActivityBuilder : IFitMessageSink
{
    private const double SemicirclesToDegrees = 180.0 / 2147483648.0;

    private readonly List<DecodedActivity> _activities = [];
    private readonly List<int> _otherFileTypes = [];
    private readonly List<FitSummary> _sessions = [];
    private readonly List<FitSummary> _laps = [];
    private readonly List<FitPoint> _points = [];
    private int? _fileType;
    private bool _inFile;

    public void BeginFile()
    {
        EndFile();
        _inFile = true;
    }

    public void Accept(FitMessage message)
    {
        switch (message.GlobalNumber)
        {
            case 0: // file_id
                _fileType ??= message.Scaled(0) is { } type ? (int)type : null;
                break;
            case 18: // session
                _sessions.Add(Summary(message, sport: message.Scaled(5), averageHr: 16, maxHr: 17));
                break;
            case 19: // lap
                _laps.Add(Summary(message, sport: message.Scaled(25), averageHr: 15, maxHr: 16));
                break;
            case 20 when message.Scaled(FitMessage.Timestamp) is { } timestamp: // record
                _points.Add(new FitPoint(
                    timestamp, message.Scaled(5, 100), message.Scaled(3),
                    message.Scaled(0) * SemicirclesToDegrees, message.Scaled(1) * SemicirclesToDegrees));
                break;
        }
    }

    public IReadOnlyList<DecodedActivity> Finish()
    {
        EndFile();
        if (_activities.Count > 0)
            return _activities;
        if (_otherFileTypes.Count > 0)
            throw new ActivityFileException(DecodeError.FitNotAnActivity, $"This is not an activity: it is {FitFileType.Describe(_otherFileTypes[0])}.", _otherFileTypes[0]);
        throw new ActivityFileException(DecodeError.FitNoActivity, "This FIT file holds no activity: it has no session and no recorded points.");
    }

    private static FitSummary Summary(FitMessage message, double? sport, int averageHr, int maxHr)
    {
        var elapsed = message.Scaled(7, 1000);
        var timer = message.Scaled(8, 1000);
        // Some devices leave start_time out; the message's own timestamp marks the end.
        var start = message.Scaled(2) ?? (message.Scaled(FitMessage.Timestamp) - (elapsed ?? timer));
        return new FitSummary(start, elapsed, timer, message.Scaled(9, 100), sport, message.Scaled(averageHr), message.Scaled(maxHr));
    }

    private void EndFile()
    {
        if (!_inFile)
            return;
        var isActivity = _fileType is null or FitFileType.Activity;
        if (_sessions.Count > 0)
        {
            foreach (var session in _sessions)
                _activities.Add(FitSessionAssembler.Assemble(session, _sessions.Count == 1, _laps, _points));
        }
        else if (isActivity && _points.Count > 0)
        {
            // No session summary (a crash before the device saved): the records alone still describe the activity.
            var first = _points[0].Timestamp;
            var elapsed = _points[^1].Timestamp - first;
            var fromRecords = new FitSummary(first, elapsed, elapsed, null, null, null, null);
            _activities.Add(FitSessionAssembler.Assemble(fromRecords, true, _laps, _points));
        }
        if (!isActivity && _fileType is { } type)
            _otherFileTypes.Add(type);

        _sessions.Clear();
        _laps.Clear();
        _points.Clear();
        _fileType = null;
        _inFile = false;
    }
}
