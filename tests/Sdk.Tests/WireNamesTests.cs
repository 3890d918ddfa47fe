using System.Text.Json;
using AiPhoneCoverage.Sdk;

namespace AiPhoneCoverage.Sdk.Tests;

public sealed class WireNamesTests
{
    [Theory]
    [InlineData(Category.LocksAccess, "locks_access")]
    [InlineData(Category.LifeSafety, "life_safety")]
    [InlineData(Category.Hvac, "hvac")]
    public void Category_wire_names_are_snake_case(Category category, string wire)
    {
        Assert.Equal(wire, category.ToWire());
        Assert.Equal($"\"{wire}\"", JsonSerializer.Serialize(category));
        Assert.Equal(category, JsonSerializer.Deserialize<Category>($"\"{wire}\""));
    }

    [Fact]
    public void Urgency_round_trips_through_json_as_lowercase_strings()
    {
        Assert.Equal("[\"none\",\"routine\",\"urgent\",\"emergency\"]", JsonSerializer.Serialize(Enum.GetValues<Urgency>()));
    }

    [Theory]
    [InlineData("3")]
    [InlineData("\"LocksAccess\"")]
    [InlineData("\"locks-access\"")]
    public void Numbers_and_csharp_names_are_refused_on_the_wire(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Category>(json));
    }

    [Fact]
    public void TryParse_accepts_any_case_and_refuses_unknown_names()
    {
        Assert.True(WireNames.TryParse<Urgency>(" Emergency ", out var urgency));
        Assert.Equal(Urgency.Emergency, urgency);
        Assert.False(WireNames.TryParse<Urgency>("asap", out _));
        Assert.False(WireNames.TryParse<Urgency>(null, out _));
    }

    [Fact]
    public void Every_category_of_the_taxonomy_has_a_wire_name()
    {
        Assert.Equal(
            ["general", "plumbing", "hvac", "electrical", "appliance", "locks_access", "pest", "structural", "elevator", "life_safety", "security", "noise", "billing"],
            WireNames.All<Category>());
    }
}
