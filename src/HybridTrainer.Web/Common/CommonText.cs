namespace HybridTrainer.Web.Common;

/// <summary>The words of the refusals every feature shares (<see cref="Failure"/>'s own messages).</summary>
public sealed class CommonText;
