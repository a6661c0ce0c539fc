using System.Globalization;
using System.Text.RegularExpressions;
using HybridTrainer.Web.Common;
using QRCoder;

namespace HybridTrainer.Web.UnitTests.Features.Sheets;

public partial class QrSvgTests
{
    private const string Address = "HTTP://127.0.0.1:5080/S/0A1B2C3D";

    [Fact]
    public void For_SheetAddress_DrawsOneBlackPathOnWhiteLabelledForScreenReaders()
    {
        var svg = QrSvg.For(Address, "QR code: open Easy run to log it");

        svg.ShouldStartWith("<svg");
        svg.ShouldContain("viewBox=\"0 0 33 33\"");
        svg.ShouldContain("aria-label=\"QR code: open Easy run to log it\"");
        svg.Split("<path").Length.ShouldBe(2);
    }

    [Fact]
    public void For_SheetAddress_StrokesExactlyTheDarkModulesOfQRCodersMatrix()
    {
        using var data = QRCodeGenerator.GenerateQrCode(Address, QRCodeGenerator.ECCLevel.M);
        var size = data.ModuleMatrix.Count;
        var drawn = new bool[size, size];

        // Replay the path: M x y.5 starts a row, m dx 0 skips light modules, h n strokes n dark ones.
        var (x, y) = (0, 0);
        foreach (Match step in PathStep().Matches(PathOf(QrSvg.For(Address, "QR"))))
        {
            var n = int.Parse(step.Groups["n"].Value, CultureInfo.InvariantCulture);
            switch (step.Groups["op"].Value)
            {
                case "M":
                    (x, y) = (n, int.Parse(step.Groups["y"].Value, CultureInfo.InvariantCulture));
                    break;
                case "m":
                    x += n;
                    break;
                default:
                    for (var i = 0; i < n; i++)
                    {
                        drawn[y, x++] = true;
                    }

                    break;
            }
        }

        for (var row = 0; row < size; row++)
        {
            for (var column = 0; column < size; column++)
            {
                drawn[row, column].ShouldBe(data.ModuleMatrix[row][column], $"module ({column}, {row})");
            }
        }
    }

    private static string PathOf(string svg) => PathData().Match(svg).Groups[1].Value;

    [GeneratedRegex(" d=\"([^\"]*)\"")]
    private static partial Regex PathData();

    [GeneratedRegex(@"(?<op>[Mmh])(?<n>\d+)(?: (?<y>\d+)\.5| 0)?")]
    private static partial Regex PathStep();
}
