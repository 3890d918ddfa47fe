namespace AiPhoneCoverage.Yardi.Tests;

/// <summary>A primary handler that passes the first <c>passes</c> requests to the network and then throws.</summary>
internal sealed class FailingAfter(int passes, Exception failure) : DelegatingHandler(new SocketsHttpHandler())
{
    private int _seen;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Interlocked.Increment(ref _seen) > passes ? throw failure : base.SendAsync(request, cancellationToken);
}
