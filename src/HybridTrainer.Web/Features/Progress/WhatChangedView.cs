using HybridTrainer.Data.Athletes;
using HybridTrainer.Domain.Progress;
using HybridTrainer.Domain.Training;

namespace HybridTrainer.Web.Features.Progress;

/// <summary>
/// The last 7 days against each of the 4 weeks before, one comparison per line of the home block. Figures are metric
/// (kg); <paramref name="Units"/> says how the athlete reads them.
/// </summary>
public sealed record WhatChangedView(
    WeekComparison Sessions,
    WeekComparison Load,
    MainLift? LiftTrained,
    WeekComparison OneRepMax,
    WeekComparison BodyWeight,
    UnitSystem Units = UnitSystem.Metric);
