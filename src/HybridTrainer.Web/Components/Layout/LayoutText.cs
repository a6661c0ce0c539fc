namespace HybridTrainer.Web.Components.Layout;

/// <summary>The words of the app's frame: top bar, navigation, user menu, reconnect dialog and the "not for you" notice.</summary>
public sealed class LayoutText;
