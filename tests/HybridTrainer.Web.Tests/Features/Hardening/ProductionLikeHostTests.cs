using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using HybridTrainer.Data.Identity;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Tests.Features.Hardening;

/// <summary>
/// A host configured as a production server would be: secure cookies on, the key ring encrypted with a certificate.
/// The shared test host runs without secure cookies because it serves plain HTTP, where HttpClient and browsers
/// refuse Secure cookies.
/// </summary>
[Collection(HostGroup.Name)]
public sealed class ProductionLikeHostTests : IAsyncLifetime
{
    private const string CertificatePassword = "key ring test";

    private readonly string _certificatePath = Path.Combine(Path.GetTempPath(), $"hybridtrainer-keys-{Guid.NewGuid():N}.pfx");

    private readonly AppFactory _app;

    public ProductionLikeHostTests()
    {
        WriteTestCertificate(_certificatePath);
        _app = new AppFactory(TestDatabase.NewName("prodlike"), new Dictionary<string, string?>
        {
            ["Authentication:SecureCookies"] = "true",
            ["DataProtection:Certificate:Path"] = _certificatePath,
            ["DataProtection:Certificate:Password"] = CertificatePassword,
        });
    }

    [Fact]
    public async Task LogIn_WithSecureCookies_SetsAHostPrefixedSecureCookieForTheWholeSite()
    {
        var user = await new TestData(_app).UserAsync(AppRoles.Athlete);
        using var client = _app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await AccountClient.LogInAsync(client, user.Email!);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.Contains("HybridTrainer.Auth", StringComparison.Ordinal));
        cookie.ShouldStartWith("__Host-HybridTrainer.Auth=");
        var attributes = cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToList();
        attributes.ShouldContain("secure");
        attributes.ShouldContain("path=/");
        attributes.ShouldContain("httponly");
        attributes.ShouldNotContain(a => a.StartsWith("domain=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task KeyRing_WithACertificate_IsStoredEncrypted()
    {
        using var client = _app.CreateClient();
        // The first form needs an antiforgery token, which needs a key.
        (await client.GetAsync("/account/login", TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        await using var db = _app.CreateDbContext();
        var keys = await db.DataProtectionKeys.Select(k => k.Xml).ToListAsync(TestContext.Current.CancellationToken);
        keys.ShouldNotBeEmpty();
        keys.ShouldAllBe(xml => xml!.Contains("encryptedSecret") && !xml.Contains("<masterKey"));
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        File.Delete(_certificatePath);
    }

    private static void WriteTestCertificate(string path)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=HybridTrainer key ring test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(TestClock.Start.AddYears(-1), TestClock.Start.AddYears(10));
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, CertificatePassword));
    }
}
