using System.Linq;
using LeonovData.Generator.Diagnostics;
using Microsoft.CodeAnalysis;

namespace LeonovData.Generator.Model;

/// <summary>
/// A diagnostic as equatable data: the descriptor's ID, where, and the message arguments.
/// It becomes a Roslyn <see cref="Diagnostic"/> only when reported.
/// </summary>
internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments, EquatableArray<LocationInfo> AdditionalLocations)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        new(descriptor.Id, location, arguments.ToEquatableArray(), EquatableArray<LocationInfo>.Empty);

    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, LocationInfo? other, params string[] arguments) =>
        new(descriptor.Id, location, arguments.ToEquatableArray(), other is null ? EquatableArray<LocationInfo>.Empty : new EquatableArray<LocationInfo>(new[] { other }));

    public Diagnostic ToDiagnostic() => Diagnostic.Create(
        DiagnosticDescriptors.ById(Id),
        Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None,
        AdditionalLocations.Select(static l => l.ToLocation()),
        Arguments.Cast<object>().ToArray());

    /// <summary>The diagnostic at the severity the project configured for its ID, or null when it is turned off.</summary>
    public Diagnostic? ToDiagnostic(ConfiguredSeverities severities)
    {
        var descriptor = DiagnosticDescriptors.ById(Id);
        return severities.For(descriptor) is { } severity
            ? Diagnostic.Create(
                descriptor,
                Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None,
                severity,
                AdditionalLocations.Select(static l => l.ToLocation()),
                properties: null,
                Arguments.Cast<object>().ToArray())
            : null;
    }
}
