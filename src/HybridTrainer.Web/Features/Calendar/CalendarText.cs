namespace HybridTrainer.Web.Features.Calendar;

/// <summary>The words of the calendar feed page and of the feed's events.</summary>
public sealed class CalendarText;
