namespace HybridTrainer.Web.Features.Shoes;

/// <summary>The words of the shoes page, its list, rotation and add form, in English and Spanish.</summary>
public sealed class ShoesText;
