using System.CommandLine;
using AiPhoneCoverage.Hub.Triage;

namespace AiPhoneCoverage.Hub.Cli;

/// <summary>`aipc policy export|import FILE|publish --portfolio CODE`: a portfolio's triage policy, versioned.</summary>
internal static class PolicyCommand
{
    public static Command Create() => new("policy", "A portfolio's triage policy (thresholds, override keywords, category defaults)") { Export(), Import(), Publish() };

    private static Command Export()
    {
        var portfolio = CliOptions.Portfolio(required: true);
        var command = new Command("export", "Print the published policy (the default when none was published)") { portfolio };
        command.SetAction((parseResult, ct) => CliPortfolio.RunAsync(parseResult, portfolio, async (services, id, output) =>
        {
            var (policy, _) = await services.Get<TriagePolicyStore>().PublishedAsync(id, ct);
            await output.WriteLineAsync(TriagePolicyJson.Write(policy));
            return 0;
        }, ct));
        return command;
    }

    private static Command Import()
    {
        var portfolio = CliOptions.Portfolio(required: true);
        var file = new Argument<FileInfo>("file");
        var command = new Command("import", "Save a policy file as the draft (fields left out keep their defaults)") { file, portfolio };
        command.SetAction((parseResult, ct) => CliPortfolio.RunAsync(parseResult, portfolio, async (services, id, output) =>
        {
            var (policy, problems) = TriagePolicyJson.Read(await File.ReadAllTextAsync(parseResult.GetValue(file)!.FullName, ct));
            if (policy is null)
            {
                foreach (var problem in problems)
                {
                    await output.WriteLineAsync($"error: {problem}");
                }

                await output.WriteLineAsync("nothing imported");
                return 1;
            }

            var version = await services.Get<TriagePolicyStore>().SaveDraftAsync(id, policy, ct);
            await output.WriteLineAsync($"draft policy version {version} saved; `aipc policy publish` makes it the one calls use");
            return 0;
        }, ct));
        return command;
    }

    private static Command Publish()
    {
        var portfolio = CliOptions.Portfolio(required: true);
        var command = new Command("publish", "Publish the draft policy as the next version") { portfolio };
        command.SetAction((parseResult, ct) => CliPortfolio.RunAsync(parseResult, portfolio, async (services, id, output) =>
        {
            var version = await services.Get<TriagePolicyStore>().PublishDraftAsync(id, ct);
            await output.WriteLineAsync(version is null ? "error: there is no draft policy to publish" : $"policy version {version} published");
            return version is null ? 1 : 0;
        }, ct));
        return command;
    }
}
