namespace AiPhoneCoverage.Sdk.Tests;

public sealed class VocabularyMappingTests
{
    private static readonly PmsVocabulary Yardi = new(
        [new("Plumbing", "Plumbing"), new("HVAC", "HVAC"), new("Electrical", "Electrical"), new("Appliances", "Appliances"), new("Other", "Other")],
        [new("Emergency", "Emergency"), new("24 hours", "24 hours"), new("Med", "Med"), new("Low", "Low")],
        [new("Call", "Call")]);

    private static readonly PmsVocabulary AppFolio = new(
        [new("PLB", "Plumber"), new("HVC", "Heating & Air Conditioning"), new("GEN", "General Maintenance")],
        [new("Urgent", "Urgent"), new("Normal", "Normal"), new("Low", "Low")],
        [new("New", "New")]);

    private static readonly Dictionary<string, string> NoOverrides = [];

    [Theory]
    [InlineData(Category.Plumbing, "Plumbing")]
    [InlineData(Category.Hvac, "HVAC")]
    [InlineData(Category.Appliance, "Appliances")]
    [InlineData(Category.Pest, "Other")]
    [InlineData(Category.LifeSafety, "Other")]
    public void Canonical_categories_map_to_the_customers_own_list_and_fall_back_to_its_general_entry(Category category, string expected) =>
        Assert.Equal(expected, VocabularyMapping.MapCategory(Yardi, category, NoOverrides).Value!.Code);

    [Fact]
    public void Descriptions_count_as_well_as_codes() =>
        Assert.Equal(("PLB", "HVC", "GEN"), (
            VocabularyMapping.MapCategory(AppFolio, Category.Plumbing, NoOverrides).Value!.Code,
            VocabularyMapping.MapCategory(AppFolio, Category.Hvac, NoOverrides).Value!.Code,
            VocabularyMapping.MapCategory(AppFolio, Category.Electrical, NoOverrides).Value!.Code));

    [Theory]
    [InlineData(Urgency.Emergency, "Emergency", "Urgent")]
    [InlineData(Urgency.Urgent, "24 hours", "Urgent")]
    [InlineData(Urgency.Routine, "Med", "Normal")]
    public void Urgencies_map_to_the_first_fitting_priority_in_order_of_preference(Urgency urgency, string yardi, string appFolio) =>
        Assert.Equal((yardi, appFolio), (
            VocabularyMapping.MapPriority(Yardi, urgency, NoOverrides).Value!.Code,
            VocabularyMapping.MapPriority(AppFolio, urgency, NoOverrides).Value!.Code));

    [Fact]
    public void An_operators_override_wins_and_an_override_naming_nothing_in_the_list_is_a_clear_permanent_error()
    {
        var settings = new Dictionary<string, string> { ["categoryMap:pest"] = "Appliances", ["priorityMap:routine"] = "Tuesday" };

        Assert.Equal("Appliances", VocabularyMapping.MapCategory(Yardi, Category.Pest, settings).Value!.Code);
        var refused = VocabularyMapping.MapPriority(Yardi, Urgency.Routine, settings);
        Assert.False(refused.IsSuccess);
        Assert.Equal(("unknown_priority", ErrorKind.Permanent), (refused.Error!.Code, refused.Error!.Kind));
        Assert.Contains("priorityMap:routine", refused.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_with_nothing_that_fits_and_no_general_entry_is_unknown_category()
    {
        var narrow = new PmsVocabulary([new("P1", "Plumbing")], [new("High", "High")], []);

        var refused = VocabularyMapping.MapCategory(narrow, Category.Noise, NoOverrides);

        Assert.Equal("unknown_category", refused.Error!.Code);
        Assert.Contains("categoryMap:noise", refused.Error!.Message, StringComparison.Ordinal);
    }
}
