using LeonovData.Generator.Binding;
using LeonovData.Generator.Emit;
using LeonovData.Generator.Model;

namespace LeonovData.Generator.Checks;

/// <summary>
/// One subject group checked and resolved in one step, so that the two read one
/// <see cref="CorpusIndex"/> and one <see cref="Containment"/> instead of building each their own;
/// the pipeline splits it again into the checks' findings and the resolution (tracked as
/// <c>Checked</c> and <c>Resolved</c>). Caching contract: a pure function of the group, so a value
/// edit re-analyses only the groups whose statements it changed.
/// </summary>
internal sealed record GroupAnalysis(EquatableArray<DiagnosticInfo> Findings, Result<GroupResolution> Resolution);
