using System.Globalization;
using System.Text;
using QRCoder;

namespace HybridTrainer.Web.Common;

/// <summary>
/// A QR code as one small inline SVG: each run of dark modules in a row is one stroke of a single path, written with
/// relative moves, so 1,200 codes on 200 sheets stay a small part of the page (QRCoder's own SVG writes a rectangle
/// per module). Black on white prints anywhere; QRCoder's matrix includes the 4-module quiet zone.
/// </summary>
public static class QrSvg
{
    public static string For(string text, string label)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        var path = new StringBuilder(size * 16);
        for (var y = 0; y < size; y++)
        {
            var row = matrix[y];
            var penX = -1;
            for (var x = 0; x < size; x++)
            {
                if (!row[x])
                {
                    continue;
                }

                var start = x;
                while (x + 1 < size && row[x + 1])
                {
                    x++;
                }

                // A one-unit-wide stroke along the row's middle covers the run exactly.
                if (penX < 0)
                {
                    path.Append(CultureInfo.InvariantCulture, $"M{start} {y}.5");
                }
                else
                {
                    path.Append(CultureInfo.InvariantCulture, $"m{start - penX} 0");
                }

                path.Append(CultureInfo.InvariantCulture, $"h{x - start + 1}");
                penX = x + 1;
            }
        }

        return $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" shape-rendering="crispEdges" role="img" aria-label="{System.Net.WebUtility.HtmlEncode(label)}"><rect width="{size}" height="{size}" fill="#fff"/><path stroke="#000" d="{path}"/></svg>""";
    }
}
