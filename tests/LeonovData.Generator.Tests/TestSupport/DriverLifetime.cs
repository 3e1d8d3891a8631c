namespace LeonovData.Generator.Tests.TestSupport;

using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Xunit;

/// <summary>
/// Runs the generator on compilations that only a <see cref="WeakReference"/> remembers, so a test
/// can ask whether anything the driver kept still pins them. Each step is its own non-inlined
/// method: a debug build keeps a method's locals alive until it returns.
/// </summary>
internal static class DriverLifetime
{
    /// <summary>Runs on one compilation, then on a new one; only the second driver survives.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static (GeneratorDriver Driver, WeakReference FirstCompilation) RunTwice()
    {
        var (driver, first) = RunOnce();
        return (RunAgain(driver), first);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static (GeneratorDriver Driver, WeakReference Compilation) RunOnce()
    {
        var compilation = TestCompilation.Create(TestCompilation.UnrelatedSource);
        var driver = GeneratorHarness.CreateDriver(GeneratorHarness.Texts(SmallCorpus.Files)).RunGenerators(compilation);
        Assert.NotEmpty(driver.GetRunResult().GeneratedTrees);
        return (driver, new WeakReference(compilation));
    }

    /// <summary>Collects until the object is gone or three collections could not free it.</summary>
    public static bool Survives(WeakReference reference)
    {
        for (var i = 0; i < 3 && reference.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        return reference.IsAlive;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static GeneratorDriver RunAgain(GeneratorDriver driver)
    {
        var compilation = TestCompilation.Create(TestCompilation.UnrelatedSource, "namespace Consumer; internal static class Edited { }");
        var next = driver.RunGenerators(compilation);
        Assert.NotEmpty(next.GetRunResult().GeneratedTrees);
        return next;
    }
}
