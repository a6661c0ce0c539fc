namespace HybridTrainer.Web.Features.Dashboard;

/// <summary>The words of the athlete's dashboard, its load chart and the load API, in English and Spanish.</summary>
public sealed class DashboardText;
