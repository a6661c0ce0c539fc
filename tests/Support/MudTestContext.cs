using Bunit;
using FluentValidation;
using HybridTrainer.Web.Features.Account;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace HybridTrainer.Tests.Support;

/// <summary>A bunit context ready for MudBlazor: loose JS interop, Mud services without transitions, the app's validators and its resource files.</summary>
public abstract class MudTestContext : BunitContext
{
    protected MudTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.ShowTransitionDuration = 0;
            options.SnackbarConfiguration.HideTransitionDuration = 0;
            options.PopoverOptions.CheckForPopoverProvider = false;
        });
        Services.AddLocalization();
        Services.AddValidatorsFromAssemblyContaining<RegisterInputValidator>(ServiceLifetime.Singleton);
        Services.AddLocalization();
    }
}
