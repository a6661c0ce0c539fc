namespace HybridTrainer.Activities.Fit;

/// <summary>
/// One data message's numeric fields by field number, raw (unscaled); NaN where absent or invalid. String fields are
/// kept as text, since workout and step names are strings.
/// </summary>
internal sealed class FitMessage
{
    public const int Timestamp = 253;

    private readonly double[] _values = new double[256];
    private readonly string?[] _texts = new string?[256];
    private bool _hasTexts;

    public ushort GlobalNumber { get; private set; }

    public double this[int fieldNumber] => _values[fieldNumber];

    public void Reset(ushort globalNumber)
    {
        GlobalNumber = globalNumber;
        Array.Fill(_values, double.NaN);
        if (_hasTexts)
        {
            Array.Clear(_texts);
            _hasTexts = false;
        }
    }

    public void Set(int fieldNumber, double value) => _values[fieldNumber] = value;

    public void SetText(int fieldNumber, string? text)
    {
        _texts[fieldNumber] = text;
        _hasTexts |= text is not null;
    }

    /// <summary>A string field's text (UTF-8 up to its first null), or null when absent or empty.</summary>
    public string? Text(int fieldNumber) => _texts[fieldNumber];

    /// <summary>The field divided by its FIT scale, or null when absent.</summary>
    public double? Scaled(int fieldNumber, double scale = 1) =>
        double.IsNaN(_values[fieldNumber]) ? null : _values[fieldNumber] / scale;
}
