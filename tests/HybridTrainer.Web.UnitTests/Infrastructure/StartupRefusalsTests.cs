using HybridTrainer.Web.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace HybridTrainer.Web.UnitTests.Infrastructure;

public class StartupRefusalsTests
{
    private const string SafeHosts = "trainer.example.com";

    [Fact]
    public void Find_ProductionWithDemoDataRequested_Refuses() =>
        StartupRefusals.Find(Settings(("DemoData:Seed", "true"), ("AllowedHosts", SafeHosts)), Environment("Production"))
            .ShouldHaveSingleItem().ShouldContain("demo data");

    [Theory]
    [InlineData("*")]
    [InlineData("trainer.example.com;*")]
    [InlineData("")]
    public void Find_ProductionWithAnyHostAllowed_Refuses(string hosts) =>
        StartupRefusals.Find(Settings(("AllowedHosts", hosts)), Environment("Production"))
            .ShouldHaveSingleItem().ShouldContain("AllowedHosts");

    [Fact]
    public void Find_ProductionWithNamedHostsAndNoDemoData_HasNoRefusal() =>
        StartupRefusals.Find(Settings(("AllowedHosts", SafeHosts)), Environment("Production")).ShouldBeEmpty();

    [Theory]
    [InlineData("Development")]
    [InlineData("Benchmark")]
    public void Find_OutsideProduction_AllowsDemoDataAndAnyHost(string environment) =>
        StartupRefusals.Find(Settings(("DemoData:Seed", "true"), ("AllowedHosts", "*")), Environment(environment)).ShouldBeEmpty();

    [Fact]
    public void Warnings_ProductionWithoutAKeyCertificate_WarnsOfAnUnencryptedKeyRing() =>
        StartupRefusals.Warnings(Settings(), Environment("Production")).ShouldHaveSingleItem().ShouldContain("unencrypted");

    [Fact]
    public void Warnings_ProductionWithAKeyCertificate_IsEmpty() =>
        StartupRefusals.Warnings(Settings(("DataProtection:Certificate:Path", "/keys/ring.pfx")), Environment("Production")).ShouldBeEmpty();

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    private static Host Environment(string name) => new(name);

    private sealed class Host(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "HybridTrainer.Web";

        public string ContentRootPath { get; set; } = "/";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
