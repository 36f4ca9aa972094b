using KiOfficeAddin.Guardrails.Labelling;

namespace KiOfficeAddin.Api.Labelling;

/// <summary>The facts of the usage policy a label carries: its version and the visible notice it prescribes.</summary>
public interface ILabelPolicy
{
    /// <summary>Version id of the policy in force.</summary>
    string Version { get; }

    /// <summary>The visible German notice on generated text.</summary>
    string VisibleText { get; }
}

/// <summary>Used while no policy document is loaded: the default notice, and a version that says so.</summary>
internal sealed class DefaultLabelPolicy : ILabelPolicy
{
    public string Version => "keine-richtlinie";

    public string VisibleText => AiLabel.DefaultText;
}
