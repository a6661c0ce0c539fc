using HybridTrainer.Web.Common;
using System.Security.Claims;
using FluentValidation;
using HybridTrainer.Data;
using HybridTrainer.Web.Common.Why;
using HybridTrainer.Web.Features.Plan;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Coach;

/// <summary>
/// Generates and keeps the next block for several clients, one after the other, through the same
/// <see cref="PlanService"/> a single client's plan page uses (so each client passes the same authorization).
/// A client who fails is reported and the others go on.
/// </summary>
internal sealed partial class NextBlockRollout(
    PlanService plans,
    IDbContextFactory<HybridTrainerDbContext> dbFactory,
    IValidator<GenerateBlockInput> validator,
    IStringLocalizer<CoachText> text,
    IStringLocalizer<WhyText> why,
    ILogger<NextBlockRollout> logger)
{
    public async Task<IReadOnlyList<string>> ValidateAsync(GenerateBlockInput input, CancellationToken cancellationToken = default) =>
        [.. (await validator.ValidateAsync(input, cancellationToken)).Errors.Select(e => e.ErrorMessage)];

    /// <summary>One outcome per client, in order; <paramref name="onEach"/> hears each as soon as it is known (the progress bar).</summary>
    public async Task<IReadOnlyList<RolloutOutcome>> RunAsync(
        ClaimsPrincipal user, IReadOnlyList<Guid> athleteIds, GenerateBlockInput input, Func<RolloutOutcome, Task>? onEach = null, CancellationToken cancellationToken = default)
    {
        if ((await ValidateAsync(input, cancellationToken)) is { Count: > 0 } errors)
        {
            return [.. athleteIds.Select(id => RolloutOutcome.Failed(id, string.Join(" ", errors)))];
        }

        var outcomes = new List<RolloutOutcome>();
        foreach (var athleteId in athleteIds.Distinct())
        {
            var outcome = await OneAsync(user, athleteId, input, cancellationToken);
            outcomes.Add(outcome);
            if (onEach is not null)
            {
                await onEach(outcome);
            }
        }

        return outcomes;
    }

    private async Task<RolloutOutcome> OneAsync(ClaimsPrincipal user, Guid athleteId, GenerateBlockInput input, CancellationToken cancellationToken)
    {
        try
        {
            var saved = await plans.SaveAsync(user, athleteId, input, cancellationToken);
            if (saved.Failure is { } failure)
            {
                return RolloutOutcome.Failed(athleteId, failure.Kind == FailureKind.ProfileIncomplete
                    ? text["RolloutProfileMissing"]
                    : failure.Message);
            }

            var block = saved.Value!;

            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var warnings = await db.TrainingBlocks.AsNoTracking().Where(b => b.Id == block.BlockId).Select(b => b.Snapshot).SingleAsync(cancellationToken);
            return new RolloutOutcome(athleteId, true, block.SessionsSaved, [.. warnings.Warnings.Select(w => $"{w.Rule}: {why.Word(w.Message)}")], null);
        }
        catch (DbUpdateException ex)
        {
            // A database refusal for one client (e.g. their plan changed meanwhile) must not stop the rest.
            LogFailed(logger, ex, athleteId);
            return RolloutOutcome.Failed(athleteId, text["RolloutNotSaved"]);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Next block for athlete {AthleteId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid athleteId);
}

/// <summary>What one client got: sessions and the generated block's warnings, or why nothing was saved.</summary>
public sealed record RolloutOutcome(Guid AthleteId, bool Saved, int Sessions, IReadOnlyList<string> Warnings, string? Error)
{
    public static RolloutOutcome Failed(Guid athleteId, string error) => new(athleteId, false, 0, [], error);
}
