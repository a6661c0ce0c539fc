using HybridTrainer.Domain.Athletes;
using HybridTrainer.Domain.Planning;
using HybridTrainer.Domain.Training;
using static HybridTrainer.Domain.Training.ReasonArguments;

namespace HybridTrainer.Domain.Rules;

/// <summary>R29 Shoe retirement (weak evidence, a reminder only): "Flag a shoe at ≥ 500 km and retire it at 800 km."</summary>
public static class R29ShoeRetirement
{
    public const string Id = "R29";

    public const double FlagKm = 500;

    public const double RetireKm = 800;

    public static bool IsRetired(Shoe shoe) => shoe.Km >= RetireKm;

    public static bool IsWorn(Shoe shoe) => shoe.Km >= FlagKm && shoe.Km < RetireKm;

    internal static void Check(ref PlanView plan)
    {
        foreach (var session in plan.Sessions)
        {
            if (R28ShoeRotation.Find(plan.Profile.Shoes, session.ShoeId) is { } shoe && IsRetired(shoe))
            {
                plan.Add(Id, new Reason(ReasonKeys.FindingShoeRetired, shoe.Name, Of(shoe.Km, "0"), Of(RetireKm, "0"), Of(session.Date)), session);
            }
        }
    }
}
