namespace HybridTrainer.Data.Coaching;

public enum InvitationKind
{
    GymCoach,
    GymStaff,
    Client,
}
