namespace AiPhoneCoverage.Hub.Triage;

/// <summary>What the hub says for each follow-up.</summary>
internal static class FollowUpQuestions
{
    public static string Text(FollowUp followUp) => followUp switch
    {
        FollowUp.WaterStillFlowing => "Is water still flowing right now, or has it stopped?",
        FollowUp.TemperatureAndOccupants => "What is the temperature inside right now? And is anyone elderly, an infant or unwell at home?",
        FollowUp.OnlyToilet => "Is it the only toilet in your home?",
        FollowUp.PowerScope => "Is it only your home, or are the hallways and your neighbours out too?",
        FollowUp.CanLock => "Can you lock your home right now?",
        _ => throw new ArgumentOutOfRangeException(nameof(followUp)),
    };
}
