using HybridTrainer.Web.Common;
using HybridTrainer.Data.Athletes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace HybridTrainer.Web.Features.Profile;

/// <summary>Onboarding and editing in five steps; each step must be valid to move on, and the last one saves.</summary>
public partial class ProfilePage
{
    private const int LastStep = 4;
    private ProfileDraft? _draft;
    private bool _notFound;
    private bool _conflict;
    private bool _saving;
    private bool _saved;
    private bool _focusHeading;
    private IReadOnlyList<string> _errors = [];
    private int _index;
    private int _reached;
    private ElementReference _heading;
    private BodyStep? _body;
    private RunningStep? _running;
    private LiftsStep? _lifts;
    private ScheduleStep? _schedule;
    private ShoesStep? _shoes;

    /// <summary>A client's profile for their coach; the caller's own when absent.</summary>
    [Parameter]
    public Guid? AthleteId { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override async Task OnInitializedAsync() => await ReloadAsync();

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Keyboard and screen-reader users land on the new step's heading, not at the bottom of the old one.
        if (_focusHeading && !_saved)
        {
            _focusHeading = false;
            await _heading.FocusAsync();
        }
    }

    private async Task ReloadAsync()
    {
        _draft = await Profiles.LoadAsync((await AuthenticationState).User, AthleteId);
        _notFound = _draft is null;
        if (_notFound && AthleteId is not null)
        {
            // Someone else's client answers exactly like a client that does not exist.
            Navigation.NotFound();
        }

        // An athlete editing a finished profile may open any step; a new one goes in order.
        _reached = _draft?.Body.BodyWeight is null ? 0 : LastStep;
        (_conflict, _errors, _saved, _index) = (false, [], false, 0);
    }

    private void ChangeUnits(UnitSystem units) => _draft!.ChangeUnits(units);

    private void GoTo(int step) => (_index, _saved, _focusHeading) = (step, false, true);

    private async Task GoForwardToAsync(int step)
    {
        // Leaving a step forwards needs it valid; going back never does, so nothing typed is lost.
        if (step > _index && !await CurrentStep().ValidateAsync())
        {
            return;
        }

        _reached = Math.Max(_reached, step);
        GoTo(step);
    }

    private async Task SaveAsync()
    {
        if (!await CurrentStep().ValidateAsync())
        {
            return;
        }

        _saving = true;
        try
        {
            var result = await Profiles.SaveAsync((await AuthenticationState).User, AthleteId, _draft!);
            _conflict = result.Failure?.Kind == FailureKind.Stale;
            _errors = _conflict ? [] : result.Failure?.Messages ?? [];
            _saved = result.Succeeded;
            _reached = _saved ? LastStep : _reached;
        }
        finally
        {
            _saving = false;
        }
    }

    // Worded at each render, so a circuit always reads them in its own language.
    private IReadOnlyList<string> Titles => [T["StepBody"], T["StepRunning"], T["StepLifts"], T["StepSchedule"], T["StepShoes"]];

    private string Heading => AthleteId is null ? T["YourProfile"] : T["ClientsProfile"];

    private IProfileStep CurrentStep() => _index switch
    {
        0 => _body!,
        1 => _running!,
        2 => _lifts!,
        3 => _schedule!,
        _ => _shoes!,
    };
}
