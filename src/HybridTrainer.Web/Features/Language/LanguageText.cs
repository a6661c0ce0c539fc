namespace HybridTrainer.Web.Features.Language;

/// <summary>The language chooser's words, in LanguageText.resx (English) and LanguageText.es.resx (Spanish).</summary>
public sealed class LanguageText;
