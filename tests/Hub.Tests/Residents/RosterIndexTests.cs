using AiPhoneCoverage.Hub.Residents;

namespace AiPhoneCoverage.Hub.Tests.Residents;

public sealed class RosterIndexTests
{
    private static readonly IndexedProperty Oak = new(Guid.NewGuid(), "demo", Guid.NewGuid(), "oak");
    private static readonly IndexedProperty Elm = new(Guid.NewGuid(), "demo", Guid.NewGuid(), "elm");

    private static IndexedResident Resident(IndexedProperty property, string id) => new(Guid.NewGuid(), property, "1A", id, "First" + id, "Last");

    [Fact]
    public void Replacing_a_property_drops_its_old_entries_and_keeps_other_properties()
    {
        using var index = new RosterIndex();
        var shared = (UInt128)42;
        index.ReplaceProperty(Oak.PropertyId, [(shared, Resident(Oak, "o1")), (7, Resident(Oak, "o2"))]);
        index.ReplaceProperty(Elm.PropertyId, [(shared, Resident(Elm, "e1"))]);

        Assert.Equal(["e1", "o1"], index.Find(shared).Select(m => m.ExternalId).Order());

        index.ReplaceProperty(Oak.PropertyId, [(8, Resident(Oak, "o2"))]);

        Assert.Equal(["e1"], index.Find(shared).Select(m => m.ExternalId));
        Assert.Empty(index.Find(7));
        Assert.Equal("o2", Assert.Single(index.Find(8)).ExternalId);
        Assert.Equal(2, index.PhoneCount);
    }

    [Fact]
    public void An_emptied_property_leaves_nothing_behind()
    {
        using var index = new RosterIndex();
        index.ReplaceProperty(Oak.PropertyId, [(1, Resident(Oak, "o1")), (1, Resident(Oak, "o2"))]);

        index.ReplaceProperty(Oak.PropertyId, []);

        Assert.Empty(index.Find(1));
        Assert.Equal(0, index.PhoneCount);
    }
}
