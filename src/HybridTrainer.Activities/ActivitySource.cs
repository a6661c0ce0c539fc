namespace HybridTrainer.Activities;

public enum ActivitySource
{
    Fit,
    Gpx,
    Tcx,
}
