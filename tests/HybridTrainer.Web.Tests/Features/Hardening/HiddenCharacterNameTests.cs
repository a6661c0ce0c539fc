using System.Net;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Features.Shoes;
using HybridTrainer.Web.Infrastructure.Validation;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HybridTrainer.Web.Tests.Features.Hardening;

/// <summary>A name with a right-to-left override or a zero-width space could pass for someone else's: refused at the field.</summary>
public class HiddenCharacterNameTests(HostFixture host) : HostTest(host)
{
    [Fact]
    public async Task RegisterForm_DisplayNameWithARightToLeftOverride_ShowsTheFieldMessageAndCreatesNoAccount()
    {
        using var client = CreateClient();

        var response = await AccountClient.PostFormAsync(client, "/account/register", "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Coach \u202Eeibboj",
            ["Input.Email"] = "spoof@example.test",
            ["Input.Password"] = TestData.Password,
            ["Input.ConfirmPassword"] = TestData.Password,
            ["Input.Role"] = AppRoles.Athlete,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain(TextRules.HiddenFormattingMessage);
        await using var db = App.CreateDbContext();
        (await db.Users.AnyAsync(TestContext.Current.CancellationToken)).ShouldBeFalse();
    }

    [Fact]
    public async Task AddShoe_NameWithAZeroWidthSpace_IsRefusedUnderTheNameField()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        await new TestData(App).CompleteAthleteAsync(user.Id, DayOfWeek.Monday);
        using var scope = App.Services.CreateScope();
        var shoes = scope.ServiceProvider.GetRequiredService<ShoeService>();

        var result = await shoes.AddAsync(TestData.Principal(user.Id), new AddShoeInput { Name = "Daily\u200Btrainer", Distance = 0m }, TestContext.Current.CancellationToken);

        result.Succeeded.ShouldBeFalse();
        result.Failure!.FieldErrors!["Name"].ShouldBe([TextRules.HiddenFormattingMessage]);
    }
}
