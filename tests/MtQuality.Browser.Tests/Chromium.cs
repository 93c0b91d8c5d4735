using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MtQuality.Browser;

/// <summary>
/// Headless Chromium driven over the Chrome DevTools Protocol (a WebSocket and JSON, no driver download):
/// start the system's chromium with a fresh profile, attach to its page, navigate, evaluate script, collect
/// console errors and uncaught exceptions (CSP violations included), and take screenshots.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];
    private readonly Process process;
    private readonly string profile;
    private readonly ClientWebSocket socket = new();
    private readonly Dictionary<int, TaskCompletionSource<JsonNode?>> pending = [];
    private readonly List<(string Method, TaskCompletionSource<JsonNode?> Done)> waiters = [];
    private readonly object gate = new();
    private readonly CancellationTokenSource stop = new();
    private Task? pump;
    private int nextId;

    private Chromium(Process process, string profile)
    {
        this.process = process;
        this.profile = profile;
    }

    /// <summary>Console errors, uncaught exceptions and error log entries (CSP violations are among them).</summary>
    public List<string> Errors { get; } = [];

    /// <summary>The chromium executable: $MTQ_CHROMIUM, else a system install, else null.</summary>
    public static string? Find()
    {
        var env = Environment.GetEnvironmentVariable("MTQ_CHROMIUM");
        if (!string.IsNullOrEmpty(env) && File.Exists(env))
            return env;
        return Candidates.FirstOrDefault(File.Exists);
    }

    public static async Task<Chromium> StartAsync(string executable, int width = 1280, int height = 900)
    {
        var profile = Path.Combine(Path.GetTempPath(), "mtq-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var psi = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var a in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-dev-shm-usage", "--hide-scrollbars",
            $"--user-data-dir={profile}", "--remote-debugging-port=0", $"--window-size={width},{height}", "about:blank",
        })
        {
            psi.ArgumentList.Add(a);
        }

        var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start " + executable);
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var browser = new Chromium(process, profile);
        try
        {
            await browser.ConnectAsync();
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }

        return browser;
    }

    private async Task ConnectAsync()
    {
        var portFile = Path.Combine(profile, "DevToolsActivePort");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        string[] lines = [];
        while (DateTime.UtcNow < deadline)
        {
            if (File.Exists(portFile))
            {
                lines = (await File.ReadAllTextAsync(portFile)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
                if (lines.Length >= 1)
                    break;
            }

            if (process.HasExited)
                throw new InvalidOperationException($"chromium exited with code {process.ExitCode}");
            await Task.Delay(50);
        }

        if (lines.Length == 0)
            throw new TimeoutException("chromium did not open its DevTools port");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var list = JsonNode.Parse(await http.GetStringAsync($"http://127.0.0.1:{lines[0].Trim()}/json/list"))!.AsArray();
        var page = list.First(t => (string?)t!["type"] == "page")!;
        await socket.ConnectAsync(new Uri((string)page["webSocketDebuggerUrl"]!), CancellationToken.None);
        pump = Task.Run(PumpAsync);
        await SendAsync("Page.enable");
        await SendAsync("Runtime.enable");
        await SendAsync("Log.enable");
    }

    public async Task<JsonNode?> SendAsync(string method, object? parameters = null)
    {
        var tcs = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        int id;
        lock (gate)
        {
            id = ++nextId;
            pending[id] = tcs;
        }

        var json = JsonSerializer.Serialize(new { id, method, @params = parameters ?? new { } });
        await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);
        return await tcs.Task.WaitAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>Navigates and waits for the load event; returns the milliseconds from navigation to load.</summary>
    public async Task<double> NavigateAsync(string url)
    {
        var loaded = Wait("Page.loadEventFired");
        var sw = Stopwatch.StartNew();
        var result = await SendAsync("Page.navigate", new { url });
        if (result?["errorText"] is { } err && !string.IsNullOrEmpty((string?)err))
            throw new InvalidOperationException($"navigation to {url} failed: {err}");
        await loaded.WaitAsync(TimeSpan.FromSeconds(60));
        return sw.Elapsed.TotalMilliseconds;
    }

    /// <summary>Evaluates a JavaScript expression (promises awaited) and returns its JSON value.</summary>
    public async Task<JsonNode?> EvalAsync(string expression)
    {
        var r = await SendAsync("Runtime.evaluate", new { expression, returnByValue = true, awaitPromise = true });
        if (r?["exceptionDetails"] is { } ex)
            throw new InvalidOperationException("script failed: " + ex.ToJsonString());
        return r?["result"]?["value"];
    }

    public async Task<T> EvalAsync<T>(string expression) => (await EvalAsync(expression))!.GetValue<T>();

    /// <summary>Polls an expression until it is true.</summary>
    public async Task WaitForAsync(string expression, int timeoutMs = 10_000)
    {
        var sw = Stopwatch.StartNew();
        while (!(await EvalAsync($"!!({expression})"))!.GetValue<bool>())
        {
            if (sw.ElapsedMilliseconds > timeoutMs)
                throw new TimeoutException("timed out waiting for " + expression);
            await Task.Delay(50);
        }
    }

    public async Task ScreenshotAsync(string path, bool fullPage = true)
    {
        var r = await SendAsync("Page.captureScreenshot", new { format = "png", captureBeyondViewport = fullPage });
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String((string)r!["data"]!));
    }

    private Task<JsonNode?> Wait(string method)
    {
        var tcs = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
            waiters.Add((method, tcs));
        return tcs.Task;
    }

    private async Task PumpAsync()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        try
        {
            while (!stop.IsCancellationRequested && socket.State == WebSocketState.Open)
            {
                message.SetLength(0);
                WebSocketReceiveResult r;
                do
                {
                    r = await socket.ReceiveAsync(buffer, stop.Token);
                    message.Write(buffer, 0, r.Count);
                }
                while (!r.EndOfMessage);
                if (r.MessageType == WebSocketMessageType.Close)
                    break;
                Dispatch(JsonNode.Parse(message.ToArray())!);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
        }
    }

    private void Dispatch(JsonNode msg)
    {
        if (msg["id"] is { } idNode)
        {
            TaskCompletionSource<JsonNode?>? tcs;
            lock (gate)
                pending.Remove(idNode.GetValue<int>(), out tcs);
            if (msg["error"] is { } error)
                tcs?.TrySetException(new InvalidOperationException(error.ToJsonString()));
            else
                tcs?.TrySetResult(msg["result"]);
            return;
        }

        var method = (string?)msg["method"];
        var p = msg["params"];
        switch (method)
        {
            case "Runtime.consoleAPICalled" when ((string?)p?["type"] is "error" or "assert"):
                lock (gate)
                    Errors.Add("console: " + p!["args"]?.ToJsonString());
                break;
            case "Runtime.exceptionThrown":
                lock (gate)
                    Errors.Add("exception: " + p?["exceptionDetails"]?.ToJsonString());
                break;
            case "Log.entryAdded" when ((string?)p?["entry"]?["level"] == "error"):
                lock (gate)
                    Errors.Add("log: " + p!["entry"]!["text"]);
                break;
        }

        lock (gate)
        {
            for (int i = waiters.Count - 1; i >= 0; i--)
            {
                if (waiters[i].Method == method)
                {
                    waiters[i].Done.TrySetResult(p);
                    waiters.RemoveAt(i);
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            if (socket.State == WebSocketState.Open)
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(2));
        }
        catch (Exception e) when (e is WebSocketException or TimeoutException or OperationCanceledException)
        {
        }

        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
        }

        if (pump is not null)
            await Task.WhenAny(pump, Task.Delay(2000));
        socket.Dispose();
        process.Dispose();
        stop.Dispose();
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
