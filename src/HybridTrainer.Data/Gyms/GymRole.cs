namespace HybridTrainer.Data.Gyms;

public enum GymRole
{
    Admin,
    Staff,
    Coach,
    Member,
}
