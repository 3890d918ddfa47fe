namespace AiPhoneCoverage.CallLoad;

/// <summary>Where the bare endpoint commits its one row per request.</summary>
internal interface IBareStore : IAsyncDisposable
{
    Task CreateAsync();

    Task InsertAsync(string callSid, string kind, long formBytes, CancellationToken cancellationToken);
}
