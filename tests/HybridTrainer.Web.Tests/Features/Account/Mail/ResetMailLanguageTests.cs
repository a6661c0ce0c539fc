using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Infrastructure;
using HybridTrainer.Web.Tests.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Tests.Features.Account.Mail;

/// <summary>The reset e-mail, as smtp4dev receives it, in the account owner's language rather than the asking browser's.</summary>
public class ResetMailLanguageTests(MailHostFixture mail) : MailTest(mail)
{
    [Fact]
    public async Task ForgotPassword_ForASpanishSpeaker_AskedFromAnEnglishBrowser_SendsTheMailInSpanish()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        await using (var db = App.CreateDbContext())
        {
            await db.Users.Where(u => u.Id == user.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(u => u.Language, "es"), TestContext.Current.CancellationToken);
        }

        using var client = CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        await ForgotAsync(client, user.Email!);

        var (received, text) = await Smtp.WaitForMailToAsync(user.Email!);
        received.Subject.ShouldBe("Restablece tu contraseña de HybridTrainer");
        text.ShouldContain("Alguien (esperamos que tú) ha pedido restablecer la contraseña de tu cuenta de HybridTrainer.");
        text.ShouldContain("Elige una contraseña nueva: ");
        text.ShouldContain("/account/reset-password?code=");
        text.ShouldContain("durante 24 horas");
    }
}
