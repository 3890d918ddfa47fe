using AiPhoneCoverage.Sdk;
using AiPhoneCoverage.Simulators;
using Microsoft.Extensions.Time.Testing;

namespace AiPhoneCoverage.Yardi.Tests;

/// <summary>The customer's lists from GetCustomValues, and the cache in front of them.</summary>
public sealed class VocabularyTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly YardiHarness _yardi;

    public VocabularyTests() => _yardi = new YardiHarness(_time);

    [Fact]
    public async Task The_vocabulary_is_the_customers_own_categories_priorities_and_statuses()
    {
        var vocabulary = await _yardi.Connector().GetVocabularyAsync(_yardi.Target(), CancellationToken.None);

        Assert.True(vocabulary.IsSuccess, vocabulary.Error?.ToString());
        Assert.Equal(["Plumbing", "HVAC", "Electrical", "Appliances", "Other"], vocabulary.Value.Categories.Select(c => c.Code));
        Assert.Equal(["Emergency", "High", "Med", "Low"], vocabulary.Value.Priorities.Select(p => p.Code));
        Assert.Equal(["Call", "Scheduled", "In Progress", "On Hold", "Work Completed", "Canceled"], vocabulary.Value.Statuses.Select(s => s.Code));
        Assert.All(vocabulary.Value.Categories, c => Assert.Equal(c.Code, c.Description));
    }

    [Fact]
    public async Task Another_customers_lists_come_through_unchanged()
    {
        _yardi.Simulator.CustomValues = YardiCustomValues.Default with
        {
            Categories = [new YardiCategory("Maintenance - Plumbing", []), new YardiCategory("Miscellaneous", [])],
            Priorities = ["24 hours", "Emergency", "Normal"],
        };

        var vocabulary = (await _yardi.Connector().GetVocabularyAsync(_yardi.Target(), CancellationToken.None)).Value!;

        Assert.Equal(["Maintenance - Plumbing", "Miscellaneous"], vocabulary.Categories.Select(c => c.Code));
        Assert.Equal(["24 hours", "Emergency", "Normal"], vocabulary.Priorities.Select(p => p.Code));
    }

    [Fact]
    public async Task The_vocabulary_is_read_once_per_property_for_five_minutes()
    {
        var connector = _yardi.Connector();
        _ = await connector.GetVocabularyAsync(_yardi.Target(), CancellationToken.None);
        _yardi.Simulator.CustomValues = YardiCustomValues.Default with { Priorities = ["P1", "P2"] };

        var cached = await connector.GetVocabularyAsync(_yardi.Target(), CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        var fresh = await connector.GetVocabularyAsync(_yardi.Target(), CancellationToken.None);

        Assert.Equal(["Emergency", "High", "Med", "Low"], cached.Value!.Priorities.Select(p => p.Code));
        Assert.Equal(["P1", "P2"], fresh.Value!.Priorities.Select(p => p.Code));
        Assert.Equal(2, _yardi.Requests("GetCustomValues").Count);
    }

    [Fact]
    public async Task A_failed_read_is_not_cached()
    {
        var connector = _yardi.Connector();
        _yardi.Simulator.InjectFault(PmsFault.Of(PmsFaultKind.ServerError));

        var failed = await connector.GetVocabularyAsync(_yardi.Target(), CancellationToken.None);
        var next = await connector.GetVocabularyAsync(_yardi.Target(), CancellationToken.None);

        Assert.Equal(ErrorKind.Transient, failed.Error!.Kind);
        Assert.True(next.IsSuccess);
    }

    public void Dispose() => _yardi.Dispose();
}
