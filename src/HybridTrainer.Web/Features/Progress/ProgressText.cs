namespace HybridTrainer.Web.Features.Progress;

/// <summary>The words of the progress page, its charts and tables, the body log and "what changed", in English and Spanish.</summary>
public sealed class ProgressText;
