namespace HybridTrainer.Web.Features.Sessions;

/// <summary>The words of sessions (cards, the session page, logging and moving), read from SessionsText.resx.</summary>
public sealed class SessionsText;
