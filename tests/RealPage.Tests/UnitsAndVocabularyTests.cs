using AiPhoneCoverage.Sdk;
using AiPhoneCoverage.Simulators;

namespace AiPhoneCoverage.RealPage.Tests;

/// <summary>unitlist as PmsUnits; the Facilities lists as the customer's vocabulary, cached per property.</summary>
public sealed class UnitsAndVocabularyTests : IDisposable
{
    private readonly RpxWorld _world = new();

    [Fact]
    public async Task Units_are_RealPage_ids_with_unit_numbers_buildings_and_vacancy()
    {
        var units = await _world.Connector.GetUnitsAsync(_world.Property, CancellationToken.None);

        Assert.True(units.IsSuccess, units.Error?.ToString());
        Assert.Equal(RpxWorld.RiverBend.Residents.Select(r => r.Unit).Append("202").Distinct().Order(), units.Value.Select(u => u.UnitCode).Order());
        Assert.Equal(["202"], units.Value.Where(u => u.Vacant).Select(u => u.UnitCode));
        Assert.All(units.Value, u => Assert.Matches("^9[0-9]{4}$", u.ExternalId));
        Assert.Equal("Building 1", units.Value.Single(u => u.UnitCode == "101").Building);
    }

    [Fact]
    public async Task The_vocabulary_is_the_customers_problem_and_priority_lists_with_RealPage_statuses()
    {
        var vocabulary = await _world.Connector.GetVocabularyAsync(_world.Property, CancellationToken.None);

        Assert.True(vocabulary.IsSuccess, vocabulary.Error?.ToString());
        var demo = RealPageVocabulary.Demo;
        Assert.Equal(demo.Problems.Select(p => (p.Id, p.Description)), vocabulary.Value.Categories.Select(c => (c.Code, c.Description)));
        Assert.Equal(demo.Priorities.Select(p => (p.Id, p.Description)), vocabulary.Value.Priorities.Select(c => (c.Code, c.Description)));
        Assert.Equal(["Open", "In Progress", "On Hold", "Canceled", "Complete"], vocabulary.Value.Statuses.Select(s => s.Code));
        Assert.Equal(["getproblems", "getservicerequestpriorities", "getlocations"], _world.Operations);
    }

    [Fact]
    public async Task Another_customers_lists_are_read_not_assumed()
    {
        var lists = new RealPageVocabulary(
            [new("A1", "Water / Plumbing"), new("A2", "Misc")], [new("P9", "Critical"), new("P8", "Routine")], [new("L1", "Whole Apartment")], ["New", "Done"]);
        using var world = new RpxWorld(RealPageSimulatorOptions.Demo with { Vocabulary = lists });

        var created = await world.Connector.CreateWorkOrderAsync(world.Property, RpxWorld.Order(), CancellationToken.None);

        Assert.True(created.IsSuccess, created.Error?.ToString());
        var request = world.Simulator.WorkOrders.Single();
        Assert.Equal(("A1", "P9", "L1"), (request.Problem.Id, request.Priority!.Id, request.Location.Id));
    }

    [Fact]
    public async Task The_lists_are_cached_for_a_few_minutes_per_property()
    {
        await _world.Connector.GetVocabularyAsync(_world.Property, CancellationToken.None);
        await _world.Connector.GetVocabularyAsync(_world.Property, CancellationToken.None);
        await _world.Connector.CreateWorkOrderAsync(_world.Property, RpxWorld.Order(), CancellationToken.None);

        Assert.Equal(1, _world.Operations.Count(o => o == "getproblems"));
    }

    public void Dispose() => _world.Dispose();
}
