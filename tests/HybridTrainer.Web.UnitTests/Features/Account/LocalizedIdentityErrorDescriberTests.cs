using System.Reflection;
using HybridTrainer.Web.Infrastructure.Auth;
using HybridTrainer.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;

namespace HybridTrainer.Web.UnitTests.Features.Account;

/// <summary>Identity's own errors read in the request's language, with Identity's codes and, in English, its words.</summary>
public class LocalizedIdentityErrorDescriberTests
{
    private static readonly LocalizedIdentityErrorDescriber Describer = new(StaticLocalizers.For<AuthText>());

    public static TheoryData<string> ErrorMethods() => [.. DescriberMethods().Select(m => m.Name)];

    [Fact]
    public void PasswordTooShort_InSpanish_ReadsInSpanish()
    {
        using (Languages.Use(Languages.Spanish))
        {
            Describer.PasswordTooShort(12).Description.ShouldBe("La contraseña debe tener al menos 12 caracteres.");
        }
    }

    [Fact]
    public void DuplicateEmail_InSpanish_NamesTheAddress()
    {
        using (Languages.Use(Languages.Spanish))
        {
            Describer.DuplicateEmail("ana@example.test").Description.ShouldBe("El correo «ana@example.test» ya está en uso.");
        }
    }

    [Theory]
    [MemberData(nameof(ErrorMethods))]
    public void EveryError_IsWordedHere(string method)
    {
        // A new error in a later Identity would otherwise reach Spanish readers in English without anyone noticing.
        typeof(LocalizedIdentityErrorDescriber).GetMethod(method, [.. DescriberMethods().Single(m => m.Name == method).GetParameters().Select(p => p.ParameterType)])!
            .DeclaringType.ShouldBe(typeof(LocalizedIdentityErrorDescriber));
    }

    [Theory]
    [MemberData(nameof(ErrorMethods))]
    public void EveryError_InEnglish_HasIdentitysCodeAndWords(string method)
    {
        var info = DescriberMethods().Single(m => m.Name == method);
        object[] arguments = [.. info.GetParameters().Select(p => p.ParameterType == typeof(int) ? 12 : (object)"sample")];

        using (Languages.Use(Languages.English))
        {
            var ours = (IdentityError)info.Invoke(Describer, arguments)!;
            var identitys = (IdentityError)info.Invoke(new IdentityErrorDescriber(), arguments)!;

            ours.Code.ShouldBe(identitys.Code);
            ours.Description.ShouldBe(identitys.Description);
        }
    }

    [Theory]
    [MemberData(nameof(ErrorMethods))]
    public void EveryError_InSpanish_KeepsIdentitysCodeButNotItsEnglish(string method)
    {
        var info = DescriberMethods().Single(m => m.Name == method);
        object[] arguments = [.. info.GetParameters().Select(p => p.ParameterType == typeof(int) ? 12 : (object)"sample")];

        using (Languages.Use(Languages.Spanish))
        {
            var ours = (IdentityError)info.Invoke(Describer, arguments)!;
            var identitys = (IdentityError)info.Invoke(new IdentityErrorDescriber(), arguments)!;

            ours.Code.ShouldBe(identitys.Code);
            ours.Description.ShouldNotBe(identitys.Description);
        }
    }

    private static IEnumerable<MethodInfo> DescriberMethods() =>
        typeof(IdentityErrorDescriber).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.IsVirtual && m.ReturnType == typeof(IdentityError) && m.DeclaringType == typeof(IdentityErrorDescriber));
}
