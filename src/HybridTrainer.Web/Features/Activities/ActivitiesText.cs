namespace HybridTrainer.Web.Features.Activities;

/// <summary>The words of activity import and the activities shown (upload, summary, table, watch card, trace, import errors), in English and Spanish.</summary>
public sealed class ActivitiesText;
