using LeonovData.Tool.Tests.TestSupport;

namespace LeonovData.Tool.Tests.Browser;

/// <summary>
/// Debian's headless Chromium, installed by the repository's own script when missing (CI is a fresh
/// machine). If it cannot be installed the browser tests fail, loudly: they never skip.
/// </summary>
public sealed class Chromium
{
    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--hide-scrollbars", "--virtual-time-budget=2000",
    ];

    public Chromium()
    {
        var install = Leo.Process("sh", [Path.Combine(AppContext.BaseDirectory, "Browser", "install-chromium.sh")], AppContext.BaseDirectory, TimeSpan.FromMinutes(9));
        if (install.ExitCode != 0)
        {
            throw new InvalidOperationException("Chromium could not be installed; the site's browser tests cannot run:\n" + install);
        }

        Executable = Leo.Process("sh", ["-c", "command -v chromium"], AppContext.BaseDirectory).Text.Trim();
        Assert.False(string.IsNullOrEmpty(Executable), "chromium is not on PATH after installing it");
    }

    public string Executable { get; }

    /// <summary>The page's DOM after it loaded and its script ran.</summary>
    public string DumpDom(string url) => Run("--dump-dom", url).Text;

    public void Screenshot(string url, string file, int width = 1200, int height = 1000)
    {
        var run = Run($"--screenshot={file}", $"--window-size={width},{height}", url);
        Assert.True(File.Exists(file), "no screenshot written\n" + run);
    }

    private Run Run(params string[] arguments)
    {
        var profile = Repository.NewFolder("chromium-profile");
        var run = Leo.Process(Executable, [.. Flags, $"--user-data-dir={profile}", .. arguments], profile, TimeSpan.FromMinutes(2));
        Assert.True(run.ExitCode == 0, run.ToString());
        return run;
    }
}
