namespace HybridTrainer.Web.Features.Exports;

/// <summary>The words of the exports' refusals; the CSV column names and JSON fields are data and stay as they are.</summary>
public sealed class ExportText;
