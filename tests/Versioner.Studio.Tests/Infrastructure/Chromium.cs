namespace Versioner.Studio.Tests.Infrastructure;

/// <summary>The system's chromium that Playwright drives (Playwright cannot download its own browsers here).</summary>
public static class Chromium
{
    /// <summary>Debian's chromium, or the one <c>VERSIONER_CHROMIUM</c> names.</summary>
    public static string Path =>
        Environment.GetEnvironmentVariable("VERSIONER_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/lib/chromium/chromium";

    public static string? SkipReason =>
        File.Exists(Path) ? null : $"No chromium at {Path}: install it with `apt-get install chromium` (as .ci/run does), or point VERSIONER_CHROMIUM at one.";

    public static readonly string[] Arguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
}
