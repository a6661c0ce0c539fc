namespace HybridTrainer.Activities.Fit;

internal interface IFitMessageSink
{
    /// <summary>A new FIT file starts (a byte stream may chain several).</summary>
    void BeginFile();

    /// <summary>The message is reused for the next one: copy what is kept.</summary>
    void Accept(FitMessage message);
}
