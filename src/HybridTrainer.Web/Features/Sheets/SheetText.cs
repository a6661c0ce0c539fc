namespace HybridTrainer.Web.Features.Sheets;

/// <summary>The words of the printed weekly sheets and of the pages that choose and open them.</summary>
public sealed class SheetText;
