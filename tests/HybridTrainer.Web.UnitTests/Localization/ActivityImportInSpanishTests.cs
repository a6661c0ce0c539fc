using System.Text;
using HybridTrainer.Activities;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Features.Activities;
using HybridTrainer.Web.Infrastructure.Localization;

namespace HybridTrainer.Web.UnitTests.Localization;

/// <summary>
/// A refused file is explained in the reader's language: the decoders and the archive name the problem by kind, the web
/// words each kind. A kind without its words would show a raw key, so every kind is checked in both languages.
/// </summary>
public class ActivityImportInSpanishTests
{
    private static readonly Microsoft.Extensions.Localization.StringLocalizer<ActivitiesText> Text = StaticLocalizers.For<ActivitiesText>();

    public static TheoryData<string> BothLanguages() => [Languages.English, Languages.Spanish];

    [Theory]
    [MemberData(nameof(BothLanguages))]
    public void EveryDecoderRefusal_HasItsWords(string language)
    {
        using (Languages.Use(language))
        {
            Enum.GetValues<DecodeError>().Where(e => Text[ImportMessages.KeyOf(e)].ResourceNotFound).ShouldBeEmpty();
        }
    }

    [Theory]
    [MemberData(nameof(BothLanguages))]
    public void EveryArchiveSkip_HasItsWords(string language)
    {
        using (Languages.Use(language))
        {
            Enum.GetValues<SkipReason>().Where(e => Text[ImportMessages.KeyOf(e)].ResourceNotFound).ShouldBeEmpty();
        }
    }

    [Fact]
    public void AGpxWithAnotherRoot_InSpanish_IsExplainedInSpanish()
    {
        var failure = ActivityDecoder.Decode("ruta.gpx", Encoding.UTF8.GetBytes("<html><body>hola</body></html>")).ShouldBeOfType<DecodeFailure>();

        using (Languages.Use(Languages.Spanish))
        {
            ImportMessages.Reason(Text, failure).ShouldBe("No es un archivo GPX: su elemento raíz es <html>, no <gpx>.");
        }
    }

    [Fact]
    public void AGpxWithAnotherRoot_InEnglish_ReadsAsTheDecoderSaysIt()
    {
        var failure = ActivityDecoder.Decode("route.gpx", Encoding.UTF8.GetBytes("<html><body>hi</body></html>")).ShouldBeOfType<DecodeFailure>();

        using (Languages.Use(Languages.English))
        {
            ImportMessages.Reason(Text, failure).ShouldBe(failure.Reason);
        }
    }

    [Fact]
    public void AFitWorkoutFile_InSpanish_SaysWhatKindOfFileItIs()
    {
        var failure = ActivityDecoder.Decode("WorkoutIndividualSteps.fit", ActivityFiles.Bytes("WorkoutIndividualSteps.fit")).ShouldBeOfType<DecodeFailure>();

        using (Languages.Use(Languages.Spanish))
        {
            ImportMessages.Reason(Text, failure).ShouldBe("No es una actividad: es un archivo FIT de entrenamiento.");
        }
    }

    [Fact]
    public void ADamagedZip_InSpanish_IsSkippedWithASpanishReason()
    {
        var skipped = ActivityArchive.Open("export.zip", [(byte)'P', (byte)'K', 3, 4, 0, 0, 0]).OfType<SkippedFile>().ShouldHaveSingleItem();

        using (Languages.Use(Languages.Spanish))
        {
            ImportMessages.Reason(Text, skipped).ShouldBe("Este archivo zip está dañado y no se pudo abrir.");
        }
    }
}
