namespace HybridTrainer.Web.Common.Why;

/// <summary>The engine's reasons (why lines, R27 replacements, race refusals) worded, one entry per domain reason key.</summary>
public sealed class WhyText;
