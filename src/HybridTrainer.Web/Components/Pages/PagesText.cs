namespace HybridTrainer.Web.Components.Pages;

/// <summary>The words of the shared error and not-found pages.</summary>
public sealed class PagesText;
