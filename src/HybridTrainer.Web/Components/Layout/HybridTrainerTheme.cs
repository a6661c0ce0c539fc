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
            // MudBlazor's default success, warning, error and info are too light for text on white (axe color-contrast).
            Success = "#2E7D32",
            Warning = "#B45309",
            Error = "#C62828",
            Info = "#1565C0",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#7CC4F0",
            Secondary = "#F4A27E",
            AppbarBackground = "#10212E",
            Background = "#0E1419",
            Surface = "#172029",
            // Light fills need dark text on them to reach 4.5:1.
            PrimaryContrastText = "#0B1620",
            WarningContrastText = "#1F1300",
            Error = "#FF8A80",
            ErrorContrastText = "#1F0000",
            Info = "#90CAF9",
            InfoContrastText = "#0B1620",
        },
    };
}
