using HybridTrainer.Web.Common;
using HybridTrainer.Web.Features.Sheets;

namespace HybridTrainer.Web.UnitTests.Features.Sheets;

public class SheetQrCodesTests
{
    [Fact]
    public void For_AnAddressAskedTwice_IsQrSvgsCodeAndTheSameStringTheSecondTime()
    {
        using var codes = new SheetQrCodes();

        var first = codes.For("HTTPS://GYM.EXAMPLE/S/2E3F4A5B", "QR code: open Lower body to log it");
        var second = codes.For("HTTPS://GYM.EXAMPLE/S/2E3F4A5B", "QR code: open Lower body to log it");

        first.ShouldBe(QrSvg.For("HTTPS://GYM.EXAMPLE/S/2E3F4A5B", "QR code: open Lower body to log it"));
        second.ShouldBeSameAs(first);
    }

    [Fact]
    public void For_TheSameAddressUnderAnotherTitle_KeepsEachLabel()
    {
        using var codes = new SheetQrCodes();

        codes.For("HTTPS://GYM.EXAMPLE/S/2E3F4A5B", "QR code: open Lower body to log it");
        var renamed = codes.For("HTTPS://GYM.EXAMPLE/S/2E3F4A5B", "QR code: open Full body to log it");

        renamed.ShouldContain("aria-label=\"QR code: open Full body to log it\"");
    }
}
