namespace HybridTrainer.Web.Features.Gym;

/// <summary>The words of a gym admin's page and of what it answers (removing people, reset links, second factors).</summary>
public sealed class GymText;
