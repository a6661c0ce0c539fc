namespace HybridTrainer.Activities.Fit;

/// <summary>One data message's numeric fields by field number, raw (unscaled); NaN where absent or invalid.</summary>
internal sealed class FitMessage
{
    public const int Timestamp = 253;

    private readonly double[] _values = new double[256];

    public ushort GlobalNumber { get; private set; }

    public double this[int fieldNumber] => _values[fieldNumber];

    public void Reset(ushort globalNumber)
    {
        GlobalNumber = globalNumber;
        Array.Fill(_values, double.NaN);
    }

    public void Set(int fieldNumber, double value) => _values[fieldNumber] = value;

    /// <summary>The field divided by its FIT scale, or null when absent.</summary>
    public double? Scaled(int fieldNumber, double scale = 1) =>
        double.IsNaN(_values[fieldNumber]) ? null : _values[fieldNumber] / scale;
}
