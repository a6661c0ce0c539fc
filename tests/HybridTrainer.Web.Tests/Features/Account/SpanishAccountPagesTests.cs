using System.Net;
using HybridTrainer.Data.Identity;
using HybridTrainer.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HybridTrainer.Web.Tests.Features.Account;

/// <summary>
/// A browser asking for Spanish gets the account pages, their validation messages and Identity's own refusals in
/// Spanish. Pages are read HTML-decoded, since the renderer escapes every accented letter.
/// </summary>
public class SpanishAccountPagesTests(HostFixture host) : HostTest(host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LoginPage_ForASpanishBrowser_IsInSpanish()
    {
        using var client = SpanishClient();

        var page = await ReadAsync(await client.GetAsync("/account/login", Ct));

        page.ShouldContain("<title>Iniciar sesión · HybridTrainer</title>");
        page.ShouldContain("Mantener la sesión iniciada en este dispositivo");
        page.ShouldContain("¿Olvidaste tu contraseña?");
        page.ShouldNotContain("Forgot password?");
    }

    [Fact]
    public async Task LoginPage_ForAnEnglishBrowser_StaysInEnglish()
    {
        using var client = CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");

        var page = await ReadAsync(await client.GetAsync("/account/login", Ct));

        page.ShouldContain("<title>Log in · HybridTrainer</title>");
        page.ShouldContain("Forgot password?");
    }

    [Fact]
    public async Task LogIn_WrongPasswordInSpanish_SaysSoInSpanish()
    {
        var user = await new TestData(App).UserAsync(AppRoles.Athlete);
        using var client = SpanishClient();

        var page = await ReadAsync(await AccountClient.LogInAsync(client, user.Email!, "not the password at all"));

        page.ShouldContain("Ese correo y esa contraseña no corresponden a ninguna cuenta.");
    }

    [Fact]
    public async Task Register_ShortPasswordInSpanish_ShowsTheLengthRuleInSpanish()
    {
        using var client = SpanishClient();

        var page = await ReadAsync(await RegisterAsync(client, "corta@example.test", "abcdefghijk"));

        page.ShouldContain("Usa al menos 12 caracteres; una frase corta funciona bien.");
        await using var db = App.CreateDbContext();
        (await db.Users.AnyAsync(Ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task Register_CommonPasswordInSpanish_ShowsThePasswordRuleInSpanish()
    {
        using var client = SpanishClient();

        var page = await ReadAsync(await RegisterAsync(client, "comun@example.test", "Password2026!"));

        page.ShouldContain("Esta contraseña es de las más comunes; elige otra.");
        page.ShouldNotContain("This password is among the most common ones");
    }

    [Fact]
    public async Task Register_ExistingEmailInSpanish_SaysSoInSpanish()
    {
        await new TestData(App).UserAsync(AppRoles.Athlete, "ocupado@example.test");
        using var client = SpanishClient();

        var response = await RegisterAsync(client, "ocupado@example.test", TestData.Password);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReadAsync(response)).ShouldContain("Ya existe una cuenta con este correo. Inicia sesión.");
    }

    [Fact]
    public async Task ForgotPasswordPage_ForASpanishBrowser_IsInSpanish()
    {
        using var client = SpanishClient();

        var page = await ReadAsync(await client.GetAsync("/account/forgot-password", Ct));

        page.ShouldContain("¿Olvidaste tu contraseña?");
        page.ShouldContain("Volver a iniciar sesión");
    }

    private HttpClient SpanishClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es-ES");
        return client;
    }

    private static Task<HttpResponseMessage> RegisterAsync(HttpClient client, string email, string password) =>
        AccountClient.PostFormAsync(client, "/account/register", "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Persona de prueba",
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
            ["Input.Role"] = AppRoles.Athlete,
        });

    private static async Task<string> ReadAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
}
