using HybridTrainer.Activities;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Features.Activities;

namespace HybridTrainer.Web.UnitTests.Features.Activities;

public class ActivityArchiveTests
{
    private static readonly byte[] Run = ActivityFiles.Bytes("2013-02-06-12-11-14.fit");

    [Fact]
    public void Open_ASingleFile_YieldsItUnchanged()
    {
        var item = ActivityArchive.Open("run.fit", Run).ShouldHaveSingleItem().ShouldBeOfType<ActivityFile>();

        item.Name.ShouldBe("run.fit");
        item.Content.ShouldBe(Run);
    }

    [Fact]
    public void Open_AGzippedFile_YieldsItUnpackedUnderItsOwnName()
    {
        var item = ActivityArchive.Open("run.fit.gz", ActivityFiles.Gzip(Run)).ShouldHaveSingleItem().ShouldBeOfType<ActivityFile>();

        item.Name.ShouldBe("run.fit");
        item.Content.ShouldBe(Run);
    }

    [Fact]
    public void Open_AStravaStyleZip_YieldsActivitiesAndCountsTheOtherFilesOnce()
    {
        var zip = ActivityFiles.Zip(("activities/1.fit.gz", ActivityFiles.Gzip(Run)), ("activities/2.gpx", ActivityFiles.Bytes("run-2013-02-06.gpx")),
            ("activities.csv", [1]), ("profile.jpg", [2]), ("media/", []));

        var items = ActivityArchive.Open("export.zip", zip).ToList();

        items.OfType<ActivityFile>().Select(f => f.Name).ShouldBe(["export.zip › activities/1.fit", "export.zip › activities/2.gpx"]);
        items.OfType<SkippedFile>().ShouldHaveSingleItem().File.ShouldBe("export.zip (2 other files)");
    }

    [Fact]
    public void Open_AGarminStyleZipInsideAZip_OpensTheInnerOne()
    {
        var inner = ActivityFiles.Zip(("123.fit", Run));
        var zip = ActivityFiles.Zip(("DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip", inner));

        var file = ActivityArchive.Open("garmin.zip", zip).OfType<ActivityFile>().ShouldHaveSingleItem();

        file.Name.ShouldBe("garmin.zip › DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip › 123.fit");
    }

    [Fact]
    public void Open_AZipThreeLevelsDeep_SkipsTheDeepestWithAReason()
    {
        var innermost = ActivityFiles.Zip(("c.fit", Run));
        var zip = ActivityFiles.Zip(("a.zip", ActivityFiles.Zip(("b.zip", innermost))));

        var skipped = ActivityArchive.Open("deep.zip", zip).OfType<SkippedFile>().ShouldHaveSingleItem();

        skipped.Reason.ShouldContain("one level deep");
    }

    [Fact]
    public void Open_AZipBomb_RefusesTheEntryAfterReadingAtMostItsLimit()
    {
        // 60 MB of zeros compress to about 60 kB: the entry claims nothing, the read stops one byte past 50 MB.
        var bomb = ActivityFiles.Zip(("bomb.fit", new byte[60 * 1024 * 1024]), ("run.fit", Run));

        var items = ActivityArchive.Open("bomb.zip", bomb).ToList();

        items.OfType<SkippedFile>().ShouldHaveSingleItem().Reason.ShouldContain("unpacks to more than 50 MB");
        items.OfType<ActivityFile>().ShouldHaveSingleItem().Name.ShouldBe("bomb.zip › run.fit");
    }

    [Fact]
    public void Open_MoreThanTheFileLimit_StopsWithAReasonAfterTheLimit()
    {
        var entries = Enumerable.Range(0, ActivityArchive.MaxFiles + 3).Select(i => ($"{i}.fit", new byte[] { 1 })).ToArray();

        var items = ActivityArchive.Open("many.zip", ActivityFiles.Zip(entries)).ToList();

        items.OfType<ActivityFile>().Count().ShouldBe(ActivityArchive.MaxFiles);
        items.OfType<SkippedFile>().ShouldHaveSingleItem().Reason.ShouldContain("more than 5,000");
    }

    [Fact]
    public void Open_ADamagedZip_SaysSoInsteadOfThrowing()
    {
        var zip = ActivityFiles.Zip(("run.fit", Run));
        var damaged = zip[..(zip.Length / 2)];

        var skipped = ActivityArchive.Open("broken.zip", damaged).ShouldHaveSingleItem().ShouldBeOfType<SkippedFile>();

        skipped.Reason.ShouldContain("damaged");
    }

    [Fact]
    public void Open_ADamagedGzip_SaysSoInsteadOfThrowing()
    {
        // A gzip header, then a deflate block of the reserved type 3: no decoder can go on.
        byte[] gz = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0xff];

        ActivityArchive.Open("run.fit.gz", gz).ShouldHaveSingleItem().ShouldBeOfType<SkippedFile>().Reason.ShouldContain("damaged");
    }

    [Fact]
    public void Open_ATruncatedGzip_YieldsWhatItHoldsForTheDecoderToRefuse()
    {
        var gz = ActivityFiles.Gzip(Run);

        var item = ActivityArchive.Open("run.fit.gz", gz[..(gz.Length / 2)]).ShouldHaveSingleItem();

        if (item is ActivityFile file)
        {
            file.Content.Length.ShouldBeLessThan(Run.Length);
            ActivityDecoder.Decode(file.Name, file.Content).ShouldBeOfType<DecodeFailure>();
        }
        else
        {
            item.ShouldBeOfType<SkippedFile>();
        }
    }

    [Fact]
    public void CountActivityFiles_AZip_CountsFromItsDirectoryOnly()
    {
        var zip = ActivityFiles.Zip(("1.fit", Run), ("2.tcx.gz", [1]), ("notes.txt", [2]));

        ActivityArchive.CountActivityFiles("x.zip", zip).ShouldBe(2);
    }

    [Fact]
    public void IsZip_ARenamedZip_IsKnownByItsFirstBytes()
    {
        var zip = ActivityFiles.Zip(("1.fit", Run));

        ActivityArchive.IsZip("export.fit", zip).ShouldBeTrue();
        ActivityArchive.IsZip("run.zip", Run).ShouldBeFalse();
    }
}
