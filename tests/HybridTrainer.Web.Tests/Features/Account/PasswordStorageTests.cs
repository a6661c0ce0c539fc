using System.Buffers.Binary;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Infrastructure.Auth;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Tests.Features.Account;

public class PasswordStorageTests(HostFixture host) : HostTest(host)
{
    [Fact]
    public async Task NewAccount_PasswordIsHashedWithOwaspsPbkdf2RoundCount()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);

        await using var db = App.CreateDbContext();
        var stored = Convert.FromBase64String(await db.Users.Where(u => u.Id == user.Id).Select(u => u.PasswordHash!).SingleAsync(TestContext.Current.CancellationToken));

        // Identity's v3 format: 0x01, the PRF (2 = HMAC-SHA512), the round count, big-endian.
        stored[0].ShouldBe((byte)0x01);
        BinaryPrimitives.ReadUInt32BigEndian(stored.AsSpan(1, 4)).ShouldBe(2u);
        BinaryPrimitives.ReadUInt32BigEndian(stored.AsSpan(5, 4)).ShouldBe((uint)PasswordPolicy.HashIterations);
    }
}
