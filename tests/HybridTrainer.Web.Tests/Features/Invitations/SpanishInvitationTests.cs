using System.Net;
using HybridTrainer.Data.Coaching;
using HybridTrainer.Data.Gyms;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Features.Invitations;
using HybridTrainer.Web.Infrastructure.Localization;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HybridTrainer.Web.Tests.Features.Invitations;

/// <summary>Someone opening an invitation link in a Spanish browser reads what it offers, and its refusals, in Spanish.</summary>
public class SpanishInvitationTests(HostFixture host) : HostTest(host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InvitationPage_GymStaffLinkInSpanish_SaysWhoInvitesToWhatInSpanish()
    {
        var data = new TestData(App);
        var admin = await data.UserAsync(AppRoles.GymAdmin, name: "Marta");
        var gym = await data.GymAsync("Caja Norte", (admin.Id, GymRole.Admin));
        var link = await Scoped<InvitationIssuer>().InviteToGymAsync(TestData.Principal(admin.Id), gym.Id, new InviteInput { Kind = InvitationKind.GymStaff, Label = "Sam" }, Ct);
        using var client = CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/" + link.Value!.Path, Ct));

        page.ShouldContain("Marta te invita a formar parte del personal de Caja Norte.");
        page.ShouldContain("Inicia sesión o crea una cuenta para aceptarla; volverás aquí.");
    }

    [Fact]
    public async Task Claim_OwnLinkInSpanish_IsRefusedInSpanish()
    {
        var data = new TestData(App);
        var admin = await data.UserAsync(AppRoles.GymAdmin);
        var gym = await data.GymAsync("Caja Sur", (admin.Id, GymRole.Admin));
        var link = await Scoped<InvitationIssuer>().InviteToGymAsync(TestData.Principal(admin.Id), gym.Id, new InviteInput { Kind = InvitationKind.GymCoach, Label = "Sam" }, Ct);

        using (Languages.Use(Languages.Spanish))
        {
            var result = await Scoped<InvitationClaims>().ClaimAsync(TestData.Principal(admin.Id), link.Value!.Path["invitations/".Length..], Ct);

            result.Failure!.Message.ShouldBe("Este enlace lo enviaste tú; dáselo a la persona a la que va dirigido.");
        }
    }

    private T Scoped<T>() where T : notnull => App.Services.CreateScope().ServiceProvider.GetRequiredService<T>();
}
