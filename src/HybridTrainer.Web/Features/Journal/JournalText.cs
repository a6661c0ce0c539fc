namespace HybridTrainer.Web.Features.Journal;

/// <summary>The words of the daily check-in and its downgrade offer, read from JournalText.resx.</summary>
public sealed class JournalText;
