using AiPhoneCoverage.Hub.Hosting;
using AiPhoneCoverage.Hub.Storage;
using AiPhoneCoverage.Hub.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace AiPhoneCoverage.Hub.Tests.Storage;

/// <summary>On SQLite the process's webhook transactions queue for the write lock in order; on PostgreSQL nobody queues.</summary>
public sealed class HubDatabaseWriterTests
{
    [Fact]
    public async Task On_SQLite_a_second_writer_waits_until_the_first_writer_is_done()
    {
        using var folder = new TempFolder();
        var database = new HubDatabase(Options.Create(new StorageOptions()), new DataDirectory(folder.Path));

        var first = await database.EnterWriterAsync(CancellationToken.None);
        var second = database.EnterWriterAsync(CancellationToken.None).AsTask();
        await Task.Delay(50);
        Assert.False(second.IsCompleted);

        first.Dispose();
        using var turn = await second.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task On_SQLite_a_writer_that_gives_up_waiting_does_not_take_a_turn()
    {
        using var folder = new TempFolder();
        var database = new HubDatabase(Options.Create(new StorageOptions()), new DataDirectory(folder.Path));
        using var cancel = new CancellationTokenSource();

        var first = await database.EnterWriterAsync(CancellationToken.None);
        var waiting = database.EnterWriterAsync(cancel.Token).AsTask();
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);

        first.Dispose();
        using var next = await database.EnterWriterAsync(CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task On_PostgreSQL_writers_do_not_wait_for_each_other()
    {
        using var folder = new TempFolder();
        var options = new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = "Host=127.0.0.1;Username=nobody" };
        var database = new HubDatabase(Options.Create(options), new DataDirectory(folder.Path));

        using var first = await database.EnterWriterAsync(CancellationToken.None);
        var second = database.EnterWriterAsync(CancellationToken.None);

        Assert.True(second.IsCompleted);
        using var turn = await second;
    }
}
