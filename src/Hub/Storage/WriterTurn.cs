namespace AiPhoneCoverage.Hub.Storage;

/// <summary>A writer's turn from <see cref="HubDatabase.EnterWriterAsync"/>; disposing it lets the next writer in.</summary>
internal readonly struct WriterTurn(SemaphoreSlim? gate) : IDisposable
{
    public void Dispose() => gate?.Release();
}
