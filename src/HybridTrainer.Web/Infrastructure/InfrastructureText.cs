namespace HybridTrainer.Web.Infrastructure;

/// <summary>The words of the shared infrastructure: API problem titles, rate limits, body limits, text rules.</summary>
public sealed class InfrastructureText;
