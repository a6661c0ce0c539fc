using HybridTrainer.Web.Infrastructure.Logging;

namespace HybridTrainer.Web.UnitTests.Infrastructure;

public class SecretPathsTests
{
    [Theory]
    [InlineData("/ical/htc_9f3kQ2xYz.ics", "/ical/***.ics")]
    [InlineData("/invitations/hti_AbC123-xyz", "/invitations/***")]
    [InlineData("/invitations/hti_AbC123-xyz/", "/invitations/***")]
    [InlineData("/s/K7P2QX", "/s/***")]
    [InlineData("/unsubscribe/CfDJ8Nq-token_value", "/unsubscribe/***")]
    [InlineData("/ICAL/abc.ics", "/ICAL/***.ics")]
    public void Redact_APathCarryingASecret_MasksTheSecret(string path, string logged) =>
        SecretPaths.Redact(path).ShouldBe(logged);

    [Theory]
    [InlineData("/")]
    [InlineData("/api/v1/athletes/0193a7b2-0000-7000-8000-000000000001/weeks/2026-12-07")]
    [InlineData("/sheets/print")]
    [InlineData("/invitations")]
    public void Redact_AnOrdinaryPath_LeavesItAlone(string path) =>
        SecretPaths.Redact(path).ShouldBe(path);
}
