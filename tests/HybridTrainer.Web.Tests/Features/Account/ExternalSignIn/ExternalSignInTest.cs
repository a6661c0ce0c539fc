using HybridTrainer.Data.Gyms;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Tests.Infrastructure.Oidc;

namespace HybridTrainer.Web.Tests.Features.Account.ExternalSignIn;

/// <summary>Host tests against the app and the test provider: a clean database before each.</summary>
public abstract class ExternalSignInTest<TFixture>(TFixture host) : IClassFixture<TFixture>, IAsyncLifetime
    where TFixture : OidcHostFixture
{
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected TFixture Host { get; } = host;

    protected OidcAppFactory App => Host.App;

    protected TestOidcServer Provider => Host.Provider;

    public virtual async ValueTask InitializeAsync() => await Host.ResetAsync();

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;

    protected HttpClient CreateClient() => App.CreateHttpClient();

    protected async Task GymAsync(Guid id, string name)
    {
        await using var db = App.CreateDbContext();
        db.Gyms.Add(new Gym { Id = id, Name = name, CreatedAt = TestClock.Start });
        await db.SaveChangesAsync();
    }

    protected static TestOidcUser Person(string email, bool verified = true, params string[] groups) =>
        new($"sub-{email}", email, verified, "Casey Provider", groups);
}
