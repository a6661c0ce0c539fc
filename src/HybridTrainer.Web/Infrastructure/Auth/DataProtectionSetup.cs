using System.Security.Cryptography.X509Certificates;
using HybridTrainer.Data;
using Microsoft.AspNetCore.DataProtection;

namespace HybridTrainer.Web.Infrastructure.Auth;

/// <summary>
/// The Data Protection key ring (it signs cookies and antiforgery tokens) lives in PostgreSQL so every instance shares
/// it. With a certificate configured each key is encrypted with it before it is stored (ASVS 5.0 V11.4/V13.3), so a
/// database dump alone cannot forge a sign-in cookie; every instance needs the same certificate.
/// </summary>
internal static class DataProtectionSetup
{
    public const string Section = "DataProtection:Certificate";

    public static IServiceCollection AddHybridTrainerDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var builder = services.AddDataProtection()
            .SetApplicationName("HybridTrainer")
            .PersistKeysToDbContext<HybridTrainerDbContext>();
        if (LoadCertificate(configuration) is { } certificate)
        {
            // Also registers the certificate for decryption, so no certificate store is needed.
            builder.ProtectKeysWithCertificate(certificate);
        }

        return services;
    }

    public static bool HasCertificate(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{Section}:Path"]) || !string.IsNullOrWhiteSpace(configuration[$"{Section}:PemPath"]);

    /// <summary>A PKCS#12 file (<c>Path</c> + <c>Password</c>) or a PEM certificate and key (<c>PemPath</c> + <c>KeyPath</c>).</summary>
    private static X509Certificate2? LoadCertificate(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        if (section["Path"] is { Length: > 0 } pfx)
        {
            return X509CertificateLoader.LoadPkcs12FromFile(pfx, section["Password"], X509KeyStorageFlags.EphemeralKeySet);
        }

        if (section["PemPath"] is { Length: > 0 } pem)
        {
            return X509Certificate2.CreateFromPemFile(pem, section["KeyPath"] is { Length: > 0 } key ? key : null);
        }

        return null;
    }
}
