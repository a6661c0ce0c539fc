using Bunit;
using HybridTrainer.Web.Components.Forms;
using HybridTrainer.Web.Features.Account;
using HybridTrainer.Web.Infrastructure.Validation;
using HybridTrainer.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace HybridTrainer.Web.UnitTests.Components;

public class TextFieldTests : MudTestContext
{
    [Fact]
    public void TextField_Rendered_LabelPointsAtTheInputAndTheNameIsTheModelPath()
    {
        var input = new LoginInput();

        var form = Render<EditForm>(ps => ps
            .Add(f => f.Model, input)
            .Add(f => f.ChildContent, (RenderFragment<EditContext>)(_ => builder =>
            {
                builder.OpenComponent<TextField>(0);
                builder.AddComponentParameter(1, nameof(TextField.Id), "email");
                builder.AddComponentParameter(2, nameof(TextField.Label), "E-mail");
                builder.AddComponentParameter(3, nameof(TextField.For), (System.Linq.Expressions.Expression<Func<string>>)(() => input.Email));
                builder.CloseComponent();
            })));

        form.Find("label").GetAttribute("for").ShouldBe("email");
        form.Find("input").GetAttribute("name").ShouldBe("input.Email");
    }

    [Fact]
    public void Submit_InvalidModel_ShowsTheValidatorsMessagesUnderTheFields()
    {
        var input = new LoginInput { Email = "not-an-address" };

        var form = Render<EditForm>(ps => ps
            .Add(f => f.Model, input)
            .Add(f => f.ChildContent, (RenderFragment<EditContext>)(_ => builder =>
            {
                builder.OpenComponent<FluentValidationValidator>(0);
                builder.CloseComponent();
                builder.OpenRegion(1);
                AddField(builder, "email", "E-mail", () => input.Email);
                builder.CloseRegion();
                builder.OpenRegion(2);
                AddField(builder, "password", "Password", () => input.Password);
                builder.CloseRegion();
            })));
        form.Find("form").Submit();

        var errors = form.FindAll(".ht-field-error").Select(e => e.TextContent).ToList();
        errors.ShouldBe(["This is not an e-mail address.", "Enter your password."]);
    }

    private static void AddField(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder, string id, string label, System.Linq.Expressions.Expression<Func<string>> field)
    {
        builder.OpenComponent<TextField>(0);
        builder.AddComponentParameter(1, nameof(TextField.Id), id);
        builder.AddComponentParameter(2, nameof(TextField.Label), label);
        builder.AddComponentParameter(3, nameof(TextField.For), field);
        builder.CloseComponent();
    }
}
