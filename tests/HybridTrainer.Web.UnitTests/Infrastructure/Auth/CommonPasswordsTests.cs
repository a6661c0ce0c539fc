using HybridTrainer.Data.Seeding;
using HybridTrainer.Web.Infrastructure.Auth;

namespace HybridTrainer.Web.UnitTests.Infrastructure.Auth;

public class CommonPasswordsTests
{
    [Fact]
    public void Bundled_HoldsSeveralThousandEntries() =>
        CommonPasswords.Bundled.Count.ShouldBeGreaterThan(3_000);

    [Theory]
    [InlineData("passwordpassword")]
    [InlineData("qwertyuiopasdf")]
    [InlineData("123456789012")]
    [InlineData("1q2w3e4r5t6y")]
    [InlineData("iloveyouiloveyou")]
    [InlineData("hybridtrainer")]
    public void IsCommon_AnEntryOfTheList_IsTrue(string password) =>
        CommonPasswords.Bundled.IsCommon(password).ShouldBeTrue();

    [Theory]
    [InlineData("PASSWORD123456")]
    [InlineData("Football2026!!")]
    [InlineData("iloveyou 1234!")]
    [InlineData("2026letmein!!")]
    [InlineData("P@ssw0rd123456")]
    [InlineData("Dr4g0n!!202611")]
    [InlineData("123456789012!!")]
    [InlineData("Monkey Monkey 1")]
    [InlineData("HybridTrainer2026")]
    public void IsCommon_AnEntryDressedUpWithCaseDigitsSymbolsOrSwaps_IsTrue(string password) =>
        CommonPasswords.Bundled.IsCommon(password).ShouldBeTrue();

    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData(DemoAccounts.Password)]
    [InlineData("a brand new long passphrase")]
    [InlineData("my dog walks at seven")]
    [InlineData("839201847362")]
    public void IsCommon_AnUncommonPassword_IsFalse(string password) =>
        CommonPasswords.Bundled.IsCommon(password).ShouldBeFalse();
}
