namespace HybridTrainer.Web.Components.Layout;

/// <summary>The reader's light/dark choice, kept in a cookie so static and interactive pages agree.</summary>
public static class ThemePreferences
{
    public const string CookieName = "ht-theme";
    public const string System = "system";
    public const string Light = "light";
    public const string Dark = "dark";

    public static string Read(HttpContext context) =>
        context.Request.Cookies[CookieName] is Light or Dark ? context.Request.Cookies[CookieName]! : System;
}
