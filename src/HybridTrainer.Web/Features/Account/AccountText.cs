namespace HybridTrainer.Web.Features.Account;

/// <summary>The words of the account pages (log in, registration, passwords, e-mail confirmation), in English and Spanish.</summary>
public sealed class AccountText;
