using HybridTrainer.Data.Planning;

namespace HybridTrainer.Web.Features.Plan;

/// <summary>Which saved block is the current one: not over yet, the latest start first, then the latest saved.</summary>
internal static class CurrentBlocks
{
    /// <summary>Blocks still running (or yet to start) on <paramref name="today"/>, the current one first.</summary>
    public static IQueryable<TrainingBlock> Of(IQueryable<TrainingBlock> blocks, DateOnly today) =>
        blocks.Where(b => b.StartDate.AddDays(7 * b.Weeks) > today)
            .OrderByDescending(b => b.StartDate).ThenByDescending(b => b.CreatedAt);
}
