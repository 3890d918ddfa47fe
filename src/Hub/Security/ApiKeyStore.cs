using System.Security.Cryptography;
using System.Text;
using AiPhoneCoverage.Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Security;

/// <summary>
/// Creates and checks a portfolio's API keys. A key is 32 random bytes, shown once; the database keeps only its SHA-256,
/// so a copy of the database cannot be used to call the hub.
/// </summary>
internal sealed class ApiKeyStore(HubDatabase database, TimeProvider time)
{
    private const string Prefix = "aipc_";

    public async Task<string> CreateAsync(Guid portfolioId, string role, TimeSpan? lifetime, CancellationToken cancellationToken)
    {
        if (!HubRoles.All.Contains(role))
        {
            throw new ArgumentException($"role must be one of {string.Join(", ", HubRoles.All)}", nameof(role));
        }

        var key = Prefix + SecretTokens.New();
        var now = time.GetUtcNow();
        await using var db = database.Open(PortfolioScope.For(portfolioId));
        db.ApiKeys.Add(new ApiKeyRecord { PortfolioId = portfolioId, Id = Guid.CreateVersion7(), Hash = Hash(key), Role = role, CreatedAt = now, ExpiresAt = now + lifetime });
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    public async Task<ApiKeyIdentity?> AuthenticateAsync(string key, CancellationToken cancellationToken)
    {
        if (!key.StartsWith(Prefix, StringComparison.Ordinal) || key.Length > 100)
        {
            return null;
        }

        var hash = Hash(key);
        var now = time.GetUtcNow();
        await using var db = database.Open(PortfolioScope.System);
        var found = await (
                from k in db.ApiKeys
                join p in db.Portfolios on k.PortfolioId equals p.Id
                where k.Hash == hash
                select new { k.PortfolioId, p.Code, k.Role, k.ExpiresAt })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null || found.ExpiresAt < now ? null : new ApiKeyIdentity(found.PortfolioId, found.Code, found.Role);
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
