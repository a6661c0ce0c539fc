namespace HybridTrainer.Web.Features.Profile;

/// <summary>The words of the profile wizard, its steps and their validators, in English and Spanish.</summary>
public sealed class ProfileText;
