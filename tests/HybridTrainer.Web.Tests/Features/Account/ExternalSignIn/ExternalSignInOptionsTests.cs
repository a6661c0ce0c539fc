using System.ComponentModel.DataAnnotations;
using HybridTrainer.Web.Features.Account.ExternalSignIn;

namespace HybridTrainer.Web.Tests.Features.Account.ExternalSignIn;

/// <summary>The settings are checked at start-up with messages that say what to fix.</summary>
public class ExternalSignInOptionsTests
{
    [Fact]
    public void NoAuthority_IsOff_AndValid() => Problems(new ExternalSignInOptions()).ShouldBeEmpty();

    [Fact]
    public void PasswordLoginOff_WithoutAProvider_IsRefused() =>
        Problems(new ExternalSignInOptions { DisableLocalPasswordLogin = true }).ShouldContain(p => p.Contains("nobody could log in", StringComparison.Ordinal));

    [Fact]
    public void PlainHttpAuthority_OffLoopback_IsRefused() =>
        Problems(Valid(new Uri("http://login.example.org/"))).ShouldContain(p => p.Contains("must use https", StringComparison.Ordinal));

    [Fact]
    public void PlainHttpAuthority_OnLoopback_IsAllowed() => Problems(Valid(new Uri("http://127.0.0.1:5001/"))).ShouldBeEmpty();

    [Fact]
    public void MissingClientIdAndDisplayName_AreNamed()
    {
        var problems = Problems(new ExternalSignInOptions { Authority = new Uri("https://login.example.org/") });

        problems.ShouldContain(p => p.Contains("ClientId is missing", StringComparison.Ordinal));
        problems.ShouldContain(p => p.Contains("DisplayName is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Mapping_ToAnUnknownRole_OrAStaffRoleWithoutGym_OrABadGymId_IsRefused()
    {
        var options = Valid(new Uri("https://login.example.org/"));
        options.GroupMappings["a"] = new GroupMapping { Role = "Superuser" };
        options.GroupMappings["b"] = new GroupMapping { Role = "GymStaff" };
        options.GroupMappings["c"] = new GroupMapping { Role = "Coach", Gym = "north" };

        var problems = Problems(options);

        problems.ShouldContain(p => p.Contains("GroupMappings:a: Role 'Superuser' is not a role here", StringComparison.Ordinal));
        problems.ShouldContain(p => p.Contains("GroupMappings:b: Role GymStaff needs a Gym", StringComparison.Ordinal));
        problems.ShouldContain(p => p.Contains("GroupMappings:c: Gym 'north' is not a gym id", StringComparison.Ordinal));
    }

    [Fact]
    public void Scopes_WithoutOpenId_AreRefused()
    {
        var options = Valid(new Uri("https://login.example.org/"));
        options.Scopes = ["email"];

        Problems(options).ShouldContain(p => p.Contains("Scopes must include 'openid'", StringComparison.Ordinal));
    }

    private static ExternalSignInOptions Valid(Uri authority) => new() { Authority = authority, ClientId = "app", DisplayName = "Gym Login" };

    private static List<string> Problems(ExternalSignInOptions options) =>
        [.. options.Validate(new ValidationContext(options)).Select(r => r.ErrorMessage!)];
}
