using System.Globalization;
using System.Text;
using QRCoder;

namespace HybridTrainer.Web.Features.Sheets;

/// <summary>
/// A QR code as one small inline SVG: each run of dark modules in a row is one stroke of a single path, written with
/// relative moves, so 1,200 codes on 200 sheets stay a small part of the page. Sheet addresses are encoded by
/// <see cref="QrMatrix"/> (fast); anything else by QRCoder. Black on white, with the standard 4-module quiet zone.
/// </summary>
public static class QrSvg
{
    private const int QuietZone = 4;

    public static string For(string text, string label)
    {
        var modules = QrMatrix.TryEncode(text) ?? FromQrCoder(text);
        var size = modules.GetLength(0);
        var path = new StringBuilder(size * 16);
        for (var y = 0; y < size; y++)
        {
            var penX = -1;
            for (var x = 0; x < size; x++)
            {
                if (!modules[y, x])
                {
                    continue;
                }

                var start = x;
                while (x + 1 < size && modules[y, x + 1])
                {
                    x++;
                }

                // A one-unit-wide stroke along the row's middle covers the run exactly.
                if (penX < 0)
                {
                    path.Append(CultureInfo.InvariantCulture, $"M{start + QuietZone} {y + QuietZone}.5");
                }
                else
                {
                    path.Append(CultureInfo.InvariantCulture, $"m{start - penX} 0");
                }

                path.Append(CultureInfo.InvariantCulture, $"h{x - start + 1}");
                penX = x + 1;
            }
        }

        var full = size + (2 * QuietZone);
        return $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {full} {full}" shape-rendering="crispEdges" role="img" aria-label="{System.Net.WebUtility.HtmlEncode(label)}"><rect width="{full}" height="{full}" fill="#fff"/><path stroke="#000" d="{path}"/></svg>""";
    }

    private static bool[,] FromQrCoder(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        // QRCoder's matrix carries its own quiet zone; ours is added when drawing.
        var size = data.ModuleMatrix.Count - (2 * QuietZone);
        var modules = new bool[size, size];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                modules[y, x] = data.ModuleMatrix[y + QuietZone][x + QuietZone];
            }
        }

        return modules;
    }
}
