using System.Net;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Features.Account.ExternalSignIn;
using HybridTrainer.Web.Tests.Infrastructure;
using HybridTrainer.Web.Tests.Infrastructure.Oidc;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HybridTrainer.Web.Tests.Features.Account.ExternalSignIn;

/// <summary>The first sign-in through the provider: link by verified address, or a new account; the login is recorded.</summary>
public class ExternalSignInAccountTests(OidcHostFixture host) : ExternalSignInTest<OidcHostFixture>(host)
{
    [Fact]
    public async Task FirstSignIn_UnknownAddress_CreatesAnAthleteWithTheLoginAndSignsIn()
    {
        Provider.User = Person("new.athlete@gym.test");
        using var client = CreateClient();

        var landed = await ProviderSignIn.RunAsync(client, returnUrl: "/plan");

        ProviderSignIn.LandedOn(landed).ShouldBe("/plan");
        await using var db = App.CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.Email == "new.athlete@gym.test", Ct);
        user.DisplayName.ShouldBe("Casey Provider");
        user.EmailConfirmed.ShouldBeTrue();
        user.PasswordHash.ShouldBeNull();
        (await RolesOfAsync(user.Id)).ShouldBe([AppRoles.Athlete]);
        (await db.Athletes.CountAsync(a => a.UserId == user.Id, Ct)).ShouldBe(1);
        (await db.UserLogins.SingleAsync(l => l.UserId == user.Id, Ct)).ProviderKey.ShouldBe("sub-new.athlete@gym.test");
        (await client.GetAsync("/profile", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task FirstSignIn_SubjectOfTheLongestLengthOidcAllows_IsStoredWhole()
    {
        var subject = "urn:gym:" + new string('s', 247);
        Provider.User = Person("long.subject@gym.test") with { Subject = subject };
        using var client = CreateClient();

        ProviderSignIn.LandedOn(await ProviderSignIn.RunAsync(client)).ShouldBe("/");

        await using var db = App.CreateDbContext();
        (await db.UserLogins.SingleAsync(Ct)).ProviderKey.ShouldBe(subject);
    }

    [Fact]
    public async Task FirstSignIn_SubjectLongerThanOidcAllows_IsRefusedWithoutAnAccount()
    {
        Provider.User = Person("too.long@gym.test") with { Subject = new string('s', 256) };
        using var client = CreateClient();

        var landed = ProviderSignIn.LandedOn(await ProviderSignIn.RunAsync(client));

        landed.ShouldBe($"{ExternalSignInServiceCollectionExtensions.FailedPath}?reason=NotCompleted");
        await using var db = App.CreateDbContext();
        (await db.Users.CountAsync(Ct)).ShouldBe(0);
    }

    [Fact]
    public async Task FirstSignIn_VerifiedAddressOfAnAccount_LinksToThatAccount()
    {
        var existing = await new TestData(App).UserAsync(AppRoles.Athlete, "kim@gym.test", "Kim Existing");
        Provider.User = Person("kim@gym.test");
        using var client = CreateClient();

        var landed = await ProviderSignIn.RunAsync(client);

        ProviderSignIn.LandedOn(landed).ShouldBe("/");
        await using var db = App.CreateDbContext();
        (await db.Users.CountAsync(Ct)).ShouldBe(1);
        (await db.UserLogins.SingleAsync(Ct)).UserId.ShouldBe(existing.Id);
        (await db.Users.SingleAsync(Ct)).DisplayName.ShouldBe("Kim Existing");
    }

    [Fact]
    public async Task FirstSignIn_UnverifiedAddressOfAnAccount_IsRefusedWithoutLinking()
    {
        await new TestData(App).UserAsync(AppRoles.Athlete, "lee@gym.test");
        Provider.User = Person("lee@gym.test", verified: false);
        using var client = CreateClient();

        var landed = await ProviderSignIn.RunAsync(client);

        ProviderSignIn.LandedOn(landed).ShouldBe($"{ExternalSignInServiceCollectionExtensions.FailedPath}?reason=EmailNotVerified");
        var page = await client.GetStringAsync(ProviderSignIn.LandedOn(landed), Ct);
        page.ShouldContain("Sign-in with Gym Login did not complete.");
        page.ShouldContain("has not confirmed that the address is yours");
        await using var db = App.CreateDbContext();
        (await db.UserLogins.CountAsync(Ct)).ShouldBe(0);
        (await client.GetAsync("/profile", Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task FirstSignIn_UnverifiedUnknownAddress_CreatesAnAccountWhoseAddressIsStillToConfirm()
    {
        Provider.User = Person("unverified@gym.test", verified: false);
        using var client = CreateClient();

        ProviderSignIn.LandedOn(await ProviderSignIn.RunAsync(client)).ShouldBe("/");

        await using var db = App.CreateDbContext();
        (await db.Users.SingleAsync(Ct)).EmailConfirmed.ShouldBeFalse();
    }

    [Fact]
    public async Task LaterSignIn_FindsTheAccountByTheProvidersId_EvenWhenTheAddressChanged()
    {
        Provider.User = Person("first@gym.test");
        using (var first = CreateClient())
        {
            await ProviderSignIn.RunAsync(first);
        }

        Provider.User = Provider.User with { Email = "renamed@gym.test" };
        using var client = CreateClient();
        ProviderSignIn.LandedOn(await ProviderSignIn.RunAsync(client)).ShouldBe("/");

        await using var db = App.CreateDbContext();
        (await db.Users.CountAsync(Ct)).ShouldBe(1);
        (await db.UserLogins.CountAsync(Ct)).ShouldBe(1);
    }

    [Fact]
    public async Task Callback_OpenedWithoutASignInAtTheProvider_ShowsTheFriendlyPage()
    {
        using var client = CreateClient();

        var response = await client.GetAsync("/account/external-login/callback?returnUrl=%2F", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        ProviderSignIn.LandedOn(response).ShouldBe($"{ExternalSignInServiceCollectionExtensions.FailedPath}?reason=NotCompleted");
    }

    [Fact]
    public async Task ReturnUrl_ToAnotherSite_LandsOnTheHomePage()
    {
        Provider.User = Person("elsewhere@gym.test");
        using var client = CreateClient();

        ProviderSignIn.LandedOn(await ProviderSignIn.RunAsync(client, returnUrl: "https://evil.example/steal")).ShouldBe("/");
    }

    [Fact]
    public async Task ProviderError_AccessDenied_ShowsTheFriendlyPage()
    {
        Provider.User = Person("denied@gym.test");
        using var client = CreateClient();

        // As if the person pressed "Deny" at the provider: it comes back with an error instead of a code.
        var landed = await ProviderSignIn.RunAsync(client, tamper: hop => hop.AbsolutePath == "/signin-oidc"
            ? new Uri(hop, $"/signin-oidc?error=access_denied&state={StateOf(hop)}")
            : hop);

        ProviderSignIn.LandedOn(landed).ShouldBe(ExternalSignInServiceCollectionExtensions.FailedPath);
        await using var db = App.CreateDbContext();
        (await db.Users.CountAsync(Ct)).ShouldBe(0);
    }

    [Fact]
    public async Task TamperedState_IsRefusedWithTheFriendlyPage_NotAnError()
    {
        Provider.User = Person("tamper@gym.test");
        using var client = CreateClient();

        var landed = await ProviderSignIn.RunAsync(client, tamper: hop => hop.AbsolutePath == "/signin-oidc"
            ? new Uri(hop.AbsoluteUri.Replace($"state={StateOf(hop)}", "state=forged" + StateOf(hop)[6..], StringComparison.Ordinal))
            : hop);

        landed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        ProviderSignIn.LandedOn(landed).ShouldBe(ExternalSignInServiceCollectionExtensions.FailedPath);
        var page = await client.GetAsync(ProviderSignIn.LandedOn(landed), Ct);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync(Ct)).ShouldContain("Sign-in with Gym Login did not complete.");
        await using var db = App.CreateDbContext();
        (await db.Users.CountAsync(Ct)).ShouldBe(0);
    }

    [Fact]
    public async Task StartCallbackAndFailedPage_AnswerAnonymousAndSignedInCallersAlike()
    {
        var coach = await new TestData(App).UserAsync(AppRoles.Coach);
        using var anonymous = CreateClient();
        using var signedIn = CreateClient();
        (await AccountClient.LogInAsync(signedIn, coach.Email!)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        foreach (var client in new[] { anonymous, signedIn })
        {
            var start = await client.GetAsync("/account/external-login", Ct);
            start.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            start.Headers.Location!.GetLeftPart(UriPartial.Path).ShouldBe(new Uri(Provider.Issuer, "connect/authorize").AbsoluteUri);
            ProviderSignIn.LandedOn(await client.GetAsync("/account/external-login/callback", Ct)).ShouldStartWith(ExternalSignInServiceCollectionExtensions.FailedPath);
            (await client.GetAsync(ExternalSignInServiceCollectionExtensions.FailedPath, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    private static string StateOf(Uri uri) =>
        uri.Query.TrimStart('?').Split('&').Single(p => p.StartsWith("state=", StringComparison.Ordinal))["state=".Length..];

    private async Task<IList<string>> RolesOfAsync(Guid userId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.GetRolesAsync((await users.FindByIdAsync(userId.ToString()))!);
    }
}
