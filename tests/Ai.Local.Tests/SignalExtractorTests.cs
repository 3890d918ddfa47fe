using AiPhoneCoverage.Plugins.Ai.Local;

namespace AiPhoneCoverage.Ai.Local.Tests;

public sealed class SignalExtractorTests
{
    private static Dictionary<string, bool> Signals(params string[] turns) =>
        SignalExtractor.Extract(turns).Signals.ToDictionary(s => s.Name, s => s.Present);

    [Theory]
    [InlineData("i smell gas in my kitchen", "gas_smell", true)]
    [InlineData("there is smoke coming from the outlet", "smoke", true)]
    [InlineData("no smoke, the detector just chirps", "smoke", false)]
    [InlineData("the carbon monoxide alarm is going off", "co_alarm", true)]
    [InlineData("my husband is stuck in the elevator", "trapped", true)]
    [InlineData("water is pouring through my ceiling", "water_active", true)]
    [InlineData("it stopped leaking, there's just a wet spot", "water_active", false)]
    [InlineData("it's not leaking anymore", "water_active", false)]
    [InlineData("it's the only toilet we have", "only_toilet", true)]
    [InlineData("we have another bathroom upstairs", "only_toilet", false)]
    [InlineData("the front door lock is broken and i can't lock it", "cannot_secure", true)]
    [InlineData("the lock is loose but i can still lock it", "cannot_secure", false)]
    [InlineData("the whole building is dark, the hallways are out too", "power_out_area", true)]
    [InlineData("there are sparks coming out of the outlet", "sparks", true)]
    [InlineData("my grandmother lives with me, she's 84", "vulnerable_occupant", true)]
    public void Reads_a_signal_and_its_negation(string said, string signal, bool present)
    {
        Assert.True(Signals(said).TryGetValue(signal, out var value), $"no {signal} in '{said}'");
        Assert.Equal(present, value);
    }

    [Fact]
    public void A_later_turn_overrides_an_earlier_one()
    {
        var signals = Signals("water is leaking from my ceiling and it's coming through fast", "it stopped now");

        Assert.False(signals["water_active"]);
    }

    [Fact]
    public void Entities_give_the_inside_temperature_location_appliance_and_unit()
    {
        var (_, entities) = SignalExtractor.Extract(["the heat is out in unit 4b, it's 58 degrees inside", "the fridge in the kitchen too"]);

        Assert.Equal("58", entities["inside_temp_f"]);
        Assert.Equal("4B", entities["unit"]);
        Assert.Equal("kitchen", entities["location"]);
        Assert.Equal("refrigerator", entities["appliance"]);
    }

    [Fact]
    public void Celsius_is_converted_to_fahrenheit()
    {
        Assert.Equal("59", SignalExtractor.Extract(["it is 15 c inside"]).Entities["inside_temp_f"]);
    }
}
