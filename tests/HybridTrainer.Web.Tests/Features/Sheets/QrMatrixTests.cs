using HybridTrainer.Web.Features.Sheets;
using QRCoder;

namespace HybridTrainer.Web.Tests.Features.Sheets;

public class QrMatrixTests
{
    private const string Alphanumeric = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

    public static TheoryData<string> SheetAddresses() =>
        ["HTTP://127.0.0.1:5080/S/0A1B2C3D", "HTTPS://GYM.EXAMPLE.COM/S/FFFFFFFF", "HTTPS://TRAINING.RIVERSIDE-STRENGTH-AND-RUN.EXAMPLE.ORG/S/12345678"];

    [Theory]
    [MemberData(nameof(SheetAddresses))]
    public void TryEncode_SheetAddress_IsModuleForModuleQRCodersCodeWithTheSameMask(string address) =>
        ShouldMatchQrCoder(address);

    [Fact]
    public void TryEncode_AnyAlphanumericTextUpToVersionFour_IsModuleForModuleQRCodersCodeWithTheSameMask()
    {
        var random = new Random(7);
        foreach (var length in new[] { 1, 2, 19, 20, 21, 37, 38, 39, 60, 61, 62, 89, 90 })
        {
            for (var i = 0; i < 5; i++)
            {
                // A letter first: QRCoder writes digits-only text in numeric mode, a different (equally valid) code.
                ShouldMatchQrCoder(new string([.. Enumerable.Range(0, length).Select(i => Alphanumeric[random.Next(i == 0 ? 10 : 0, Alphanumeric.Length)])]));
            }
        }
    }

    [Theory]
    [InlineData("lower case")]
    [InlineData("HTTPS://EXAMPLE.COM/S/ABCDEF12?X=1")]
    [InlineData("THIS TEXT IS FAR TOO LONG FOR A VERSION FOUR CODE AT LEVEL M WHICH HOLDS NINETY CHARACTERS AT MOST")]
    public void TryEncode_TextItDoesNotHandle_IsLeftToQrCoder(string text) =>
        QrMatrix.TryEncode(text).ShouldBeNull();

    [Fact]
    public void For_AnyText_DrawsOneBlackPathOnWhiteWithTheQuietZone()
    {
        var svg = QrSvg.For("HTTP://127.0.0.1:5080/S/0A1B2C3D", "QR code: open Easy run to log it");
        var fallback = QrSvg.For("https://example.com/s/0a1b2c3d", "QR code");

        svg.ShouldStartWith("<svg");
        svg.ShouldContain("viewBox=\"0 0 33 33\"");
        svg.ShouldContain("aria-label=\"QR code: open Easy run to log it\"");
        svg.Split("<path").Length.ShouldBe(2);
        fallback.ShouldContain("viewBox=\"0 0 37 37\"", "lower case needs QRCoder's byte mode: version 3");
    }

    private static void ShouldMatchQrCoder(string text)
    {
        using var reference = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var size = reference.ModuleMatrix.Count - 8;

        // Any mask decodes; the matrix must be QRCoder's under the mask QRCoder chose.
        Enumerable.Range(0, 8).Count(mask => Same(QrMatrix.TryEncode(text, mask)!, reference, size)).ShouldBe(1, text);
        QrMatrix.TryEncode(text)!.GetLength(0).ShouldBe(size, text);
    }

    private static bool Same(bool[,] modules, QRCodeData reference, int size)
    {
        if (modules.GetLength(0) != size)
        {
            return false;
        }

        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (modules[y, x] != reference.ModuleMatrix[y + 4][x + 4])
                {
                    return false;
                }
            }
        }

        return true;
    }
}
