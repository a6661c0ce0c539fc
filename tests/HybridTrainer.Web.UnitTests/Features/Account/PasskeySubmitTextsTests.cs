using Bunit;
using HybridTrainer.Tests.Support;
using HybridTrainer.Web.Features.Account.TwoFactor;
using HybridTrainer.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace HybridTrainer.Web.UnitTests.Features.Account;

/// <summary>The passkey button hands its script the messages it may show, worded in the page's language.</summary>
public class PasskeySubmitTextsTests : MudTestContext
{
    public PasskeySubmitTextsTests() => Services.AddAntiforgery();

    private AngleSharp.Dom.IElement ScriptElement(string language)
    {
        var http = new DefaultHttpContext { RequestServices = Services };
        using (Languages.Use(language))
        {
            return Render<PasskeySubmit>(p => p
                    .Add(x => x.Operation, PasskeyOperation.Request)
                    .Add(x => x.Name, "Passkey")
                    .AddCascadingValue(http))
                .Find("passkey-submit");
        }
    }

    [Fact]
    public void PasskeySubmit_InSpanish_HandsTheScriptSpanishMessages()
    {
        var script = ScriptElement(Languages.Spanish);

        script.GetAttribute("text-not-given").ShouldBe("No se dio ninguna llave de acceso: la ventana del navegador se cerró o se agotó el tiempo.");
        script.GetAttribute("text-too-many").ShouldBe("Demasiados intentos; espera un minuto y vuelve a intentarlo.");
        script.GetAttribute("text-server-failed").ShouldBe("El servidor no pudo iniciar el paso de la llave de acceso. Recarga la página y vuelve a intentarlo.");
        script.GetAttribute("text-unsupported").ShouldBe("Este navegador no puede usar llaves de acceso. Actualízalo o usa otra forma de iniciar sesión.");
    }

    [Fact]
    public void PasskeySubmit_InEnglish_HandsTheScriptTheEnglishMessages()
    {
        var script = ScriptElement(Languages.English);

        script.GetAttribute("text-not-given").ShouldBe("No passkey was given: the browser window was closed or timed out.");
        script.GetAttribute("text-too-many").ShouldBe("Too many attempts; wait a minute and try again.");
        script.GetAttribute("text-server-failed").ShouldBe("The server could not start the passkey step. Reload the page and try again.");
        script.GetAttribute("text-unsupported").ShouldBe("This browser cannot use passkeys. Update it, or use another sign-in.");
    }
}
