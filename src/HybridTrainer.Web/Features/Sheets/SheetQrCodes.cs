using HybridTrainer.Web.Common;
using Microsoft.Extensions.Caching.Memory;

namespace HybridTrainer.Web.Features.Sheets;

/// <summary>
/// The printed QR codes, kept once made: a code is a pure function of its address and label, the same sheet is printed
/// again (reprints, the whole gym each week), and making one costs about a tenth of a millisecond, most of what a
/// single sheet costs the server. Bounded: 5,000 codes (about 7 MB), the least recently used go first, a week unused.
/// </summary>
internal sealed class SheetQrCodes : IDisposable
{
    private const int MostCodes = 5_000;

    private static readonly TimeSpan Unused = TimeSpan.FromDays(7);

    private readonly MemoryCache _codes = new(new MemoryCacheOptions { SizeLimit = MostCodes, CompactionPercentage = 0.25 });

    /// <summary>The code as inline SVG (see <see cref="QrSvg"/>).</summary>
    public string For(string address, string label)
    {
        var key = (address, label);
        if (_codes.TryGetValue(key, out string? svg) && svg is not null)
        {
            return svg;
        }

        svg = QrSvg.For(address, label);
        _codes.Set(key, svg, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Unused });
        return svg;
    }

    public void Dispose() => _codes.Dispose();
}
