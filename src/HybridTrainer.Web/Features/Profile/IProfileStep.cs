namespace HybridTrainer.Web.Features.Profile;

/// <summary>A step of the profile stepper: checked before the athlete may leave it forwards.</summary>
public interface IProfileStep
{
    Task<bool> ValidateAsync();
}
