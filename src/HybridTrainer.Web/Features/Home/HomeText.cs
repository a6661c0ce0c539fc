namespace HybridTrainer.Web.Features.Home;

/// <summary>The words of the home page (landing, welcome, the athlete's and staff's tables), in English and Spanish.</summary>
public sealed class HomeText;
