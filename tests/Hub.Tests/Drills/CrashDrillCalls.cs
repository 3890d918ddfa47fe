namespace AiPhoneCoverage.Hub.Tests.Drills;

/// <summary>
/// What the drill's residents say: mostly routine requests (a work order and a vendor dispatch), some emergencies (a
/// work order and pages by text and call), each from a demo resident with one home so the hub needs no follow-up.
/// </summary>
internal static class CrashDrillCalls
{
    private static readonly string[][] Scripts =
    [
        ["the dishwasher makes a loud grinding noise"],
        ["my toilet keeps running"],
        ["the light in the hallway is out"],
        ["the garbage disposal is jammed"],
        ["the bathroom faucet drips a little"],
        ["there's water under my sink", "yes it's still pouring out"],
        ["I smell gas in my kitchen"],
    ];

    public static string[] Script(int call) => Scripts[call % Scripts.Length];
}
