using MudBlazor;

namespace HybridTrainer.Web.Components.Layout;

/// <summary>Brand colours chosen for AA contrast on text in both palettes.</summary>
internal static class HybridTrainerTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0B5D8C",
            Secondary = "#A33A16",
            AppbarBackground = "#0B5D8C",
            Background = "#F7F9FB",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#7CC4F0",
            Secondary = "#F4A27E",
            AppbarBackground = "#10212E",
            Background = "#0E1419",
            Surface = "#172029",
        },
    };
}
