using FluentValidation;
using HybridTrainer.Web.Features.PlanPreview;
using Microsoft.Extensions.Localization;

namespace HybridTrainer.Web.Features.Plan;

/// <summary>
/// The race of a block saved through the API, by the plan preview's rules and in its words, under the JSON field
/// names the client sent (<c>race.date</c>): an API client learns one set of refusals for both endpoints. The start
/// date and an open block's weeks are the plan page's rules (<see cref="GenerateBlockInputValidator"/>).
/// </summary>
public sealed class SaveBlockRequestValidator : AbstractValidator<SaveBlockRequest>
{
    public SaveBlockRequestValidator(TimeProvider clock, IStringLocalizer<PlanPreviewText> text) =>
        Include(new RaceGoalValidator<SaveBlockRequest>(clock, text));
}
