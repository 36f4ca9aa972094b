using KiOfficeAddin.Api.Labelling;

namespace KiOfficeAddin.Api.Policy;

/// <summary>Labels carry the version and the visible notice of the policy in force (it may change without a restart).</summary>
internal sealed class ActiveLabelPolicy(ActivePolicy policy) : ILabelPolicy
{
    public string Version => policy.Current.Version.Id;

    public string VisibleText => policy.Current.Labelling.VisibleText;
}
