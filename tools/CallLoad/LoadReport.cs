using AiPhoneCoverage.Simulators;
using HdrHistogram;

namespace AiPhoneCoverage.CallLoad;

/// <summary>The rows of docs/performance.md, in the table style of benchmarks/run.sh.</summary>
internal static class LoadReport
{
    public static void Print(
        TextWriter output, LoadOptions options, TargetRecorder hub, TargetRecorder bare, HubUnderLoad process, ProcessSampler sampler, Measurement measurement,
        HubCallCount recorded)
    {
        var db = options.Database;
        var profile = FormattableString.Invariant(
            $"{options.Calls} concurrent calls, think {options.MinThink.TotalSeconds:0.#}–{options.MaxThink.TotalSeconds:0.#} s, {measurement.Elapsed.TotalSeconds:0} s after {options.Warmup.TotalSeconds:0} s warm-up");
        var hubGather = hub.Latency(TwilioWebhookKind.GatherAction);
        var bareGather = bare.Latency(TwilioWebhookKind.GatherAction);
        Row(output, $"calls, {db}, one Gather turn on the hub ({profile}; ai.local, signed webhooks)", Summary(hubGather, "turns"));
        Row(output, $"calls, {db}, the same turn on the bare endpoint (reads the form, commits one row, nothing else; same load, side by side)", Summary(bareGather, "requests"));
        Row(output, $"calls, {db}, hub / bare", hubGather.TotalCount == 0 || bareGather.TotalCount == 0
            ? "no samples"
            : FormattableString.Invariant($"p50 ×{Ms(hubGather, 50) / Ms(bareGather, 50):F1}, p99 ×{Ms(hubGather, 99) / Ms(bareGather, 99):F1}"));
        Row(output, $"calls, {db}, incoming-call webhook on the hub", Summary(hub.Latency(TwilioWebhookKind.IncomingCall), "calls"));
        Row(output, $"calls, {db}, status callback on the hub", Summary(hub.Latency(TwilioWebhookKind.StatusCallback), "callbacks"));
        if (hub.Latency(TwilioWebhookKind.RecordAction).TotalCount > 0)
        {
            Row(output, $"calls, {db}, recorded-message action on the hub", Summary(hub.Latency(TwilioWebhookKind.RecordAction), "messages"));
        }

        Row(output, $"calls, {db}, errors", FormattableString.Invariant(
            $"hub: {hub.HttpErrors} HTTP errors, {hub.NoAnswer} timeouts or refused, {hub.Degraded} degraded answers, {hub.FailedCalls} failed calls over {hub.Calls:N0} calls ({hub.Webhooks:N0} webhooks, warm-up included); ") +
            FormattableString.Invariant(
                $"{recorded.Calls:N0} calls in the hub's database, {recorded.Completed:N0} completed; {hub.Unidentified} callers not identified; {process.TextsSent:N0} texts reached the Twilio REST simulator; hub log: {process.Errors} errors, {process.Warnings} warnings; ") +
            FormattableString.Invariant($"bare: {bare.Errors} errors over {bare.Webhooks:N0} requests"));
        Row(output, $"calls, {db}, hub resident memory (VmRSS every 5 s through the measured window)", sampler.RssMegabytes.Count == 0
            ? "not sampled"
            : FormattableString.Invariant($"start {sampler.RssMegabytes[0]:F0} MB, max {sampler.RssMegabytes.Max():F0} MB, end {sampler.RssMegabytes[^1]:F0} MB"));
        var connections = sampler.Connections.Count == 0 ? string.Empty : FormattableString.Invariant($"; hub database connections max {sampler.Connections.Max()}");
        var pressure = measurement.Machine.PressurePercent is { } stalled ? FormattableString.Invariant($", tasks waiting for a CPU {stalled:F0}% of the time") : string.Empty;
        Row(output, $"calls, {db}, CPU and machine load (2 cores, shared)", FormattableString.Invariant(
            $"hub {measurement.Cpu.Hub:F2} cores, bare {measurement.Cpu.Bare:F2}, load generator {measurement.Cpu.Tool:F2}; whole machine {measurement.Machine.BusyCores:F2} cores busy{pressure}; ") +
            FormattableString.Invariant($"1-min load average start {sampler.LoadAverages.FirstOrDefault():F2}, max {sampler.LoadAverages.DefaultIfEmpty().Max():F2}, end {sampler.LoadAverages.LastOrDefault():F2}{connections}"));
        foreach (var line in process.Problems)
        {
            Console.Error.WriteLine("hub log: " + line);
        }
    }

    private static void Row(TextWriter output, string measurement, string result) => output.WriteLine($"| {measurement} | {result} |");

    private static string Summary(HistogramBase latency, string what) => latency.TotalCount == 0
        ? "no samples"
        : FormattableString.Invariant(
            $"p50 {Ms(latency, 50):F1} ms, p99 {Ms(latency, 99):F1} ms, p99.9 {Ms(latency, 99.9):F1} ms, max {latency.GetMaxValue() / 1000.0:F1} ms over {latency.TotalCount:N0} {what}");

    private static double Ms(HistogramBase latency, double percentile) => latency.GetValueAtPercentile(percentile) / 1000.0;
}
