namespace HybridTrainer.Web.Features.Account;

/// <summary>The words of the account e-mails: password reset and address confirmation.</summary>
public sealed class AccountEmailText;
