using Bunit;
using HybridTrainer.Data.Identity;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Components.Layout;
using HybridTrainer.Web.Components.Pages;
using HybridTrainer.Web.Infrastructure.Localization;

namespace HybridTrainer.Web.UnitTests.Components;

/// <summary>The app's frame in Spanish: navigation, user menu, notices and the reconnect dialog.</summary>
public class LayoutInSpanishTests : MudTestContext
{
    [Fact]
    public void NavMenu_AthleteInSpanish_NamesThePagesInSpanish()
    {
        AddAuthorization().SetAuthorized("robin@example.test").SetRoles(AppRoles.Athlete);

        using (Languages.Use(Languages.Spanish))
        {
            var links = Render<NavMenu>().FindAll("a").Select(a => a.TextContent.Trim()).ToList();

            links.ShouldContain("Inicio");
            links.ShouldContain("Mi semana");
            links.ShouldContain("Planificar un bloque");
            links.ShouldContain("Avisos por correo");
            links.ShouldNotContain("My week");
        }
    }

    [Fact]
    public void NavMenu_InSpanish_LabelsTheNavigationInSpanish()
    {
        AddAuthorization();

        using (Languages.Use(Languages.Spanish))
        {
            Render<NavMenu>().Find("nav").GetAttribute("aria-label").ShouldBe("Navegación principal");
        }
    }

    [Fact]
    public void UserMenu_AnonymousInSpanish_OffersToSignInAndRegisterInSpanish()
    {
        AddAuthorization();

        using (Languages.Use(Languages.Spanish))
        {
            var buttons = Render<UserMenu>().FindAll("a").Select(a => a.TextContent.Trim()).ToList();

            buttons.ShouldBe(["Iniciar sesión", "Registrarse"]);
        }
    }

    [Fact]
    public void UserMenu_SignedInInSpanish_OffersToLogOutInSpanish()
    {
        AddAuthorization().SetAuthorized("robin@example.test");

        using (Languages.Use(Languages.Spanish))
        {
            Render<UserMenu>().Find("button[type=submit]").TextContent.Trim().ShouldBe("Cerrar sesión");
        }
    }

    [Fact]
    public void NotForYourAccount_InSpanish_SaysSoInSpanish()
    {
        using (Languages.Use(Languages.Spanish))
        {
            Render<NotForYourAccount>().Find("[role=alert]").TextContent.Trim().ShouldBe("Esta página no es para tu cuenta.");
        }
    }

    [Fact]
    public void ReconnectModal_InSpanish_KeepsTheCountdownInsideTheSpanishSentence()
    {
        using (Languages.Use(Languages.Spanish))
        {
            var modal = Render<ReconnectModal>();

            var repeated = modal.Find(".components-reconnect-repeated-attempt-visible");
            repeated.TextContent.Trim().ShouldBe("No se pudo reconectar... se vuelve a intentar en  segundos.");
            repeated.QuerySelector("#components-seconds-to-next-attempt").ShouldNotBeNull();
            modal.Find("#components-reconnect-button").TextContent.Trim().ShouldBe("Reintentar");
        }
    }

    [Fact]
    public void NotFoundPage_InSpanish_SaysThePageDoesNotExist()
    {
        using (Languages.Use(Languages.Spanish))
        {
            var page = Render<NotFound>();

            page.Find("h1").TextContent.ShouldBe("Esta página no existe");
            page.Find(".mud-button-label").TextContent.Trim().ShouldBe("Volver a la página de inicio");
        }
    }
}
