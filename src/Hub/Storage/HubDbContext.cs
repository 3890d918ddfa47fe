using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace AiPhoneCoverage.Hub.Storage;

/// <summary>
/// The hub's database. Every portfolio-owned table is keyed by portfolio_id first, every query is filtered by the
/// context's <see cref="PortfolioScope"/>, and <see cref="SaveChangesAsync(bool, CancellationToken)"/> refuses rows outside it.
/// Provider-specific subclasses carry the migrations (<see cref="SqliteHubDbContext"/>, <see cref="PostgresHubDbContext"/>).
/// </summary>
internal abstract class HubDbContext(DbContextOptions options, PortfolioScope scope) : DbContext(options)
{
    public PortfolioScope Scope { get; } = scope;

    // Read by the query filters; EF Core turns it into a parameter of each query.
    internal Guid ScopePortfolioId => Scope.PortfolioId;

    public DbSet<PortfolioRecord> Portfolios => Set<PortfolioRecord>();

    public DbSet<PropertyRecord> Properties => Set<PropertyRecord>();

    public DbSet<PropertyPhoneRecord> PropertyPhoneNumbers => Set<PropertyPhoneRecord>();

    public DbSet<UnitRecord> Units => Set<UnitRecord>();

    public DbSet<ResidentRecord> Residents => Set<ResidentRecord>();

    public DbSet<ResidentPhoneRecord> ResidentPhones => Set<ResidentPhoneRecord>();

    public DbSet<ChangeRecord> Changes => Set<ChangeRecord>();

    public DbSet<WorkflowDefinitionRecord> WorkflowDefinitions => Set<WorkflowDefinitionRecord>();

    public DbSet<ApiKeyRecord> ApiKeys => Set<ApiKeyRecord>();

    public DbSet<WorkflowInstanceRecord> WorkflowInstances => Set<WorkflowInstanceRecord>();

    public DbSet<WorkflowTimerRecord> WorkflowTimers => Set<WorkflowTimerRecord>();

    public DbSet<TriagePolicyRecord> TriagePolicies => Set<TriagePolicyRecord>();

    public DbSet<CallRecord> Calls => Set<CallRecord>();

    public DbSet<CallTurnRecord> CallTurns => Set<CallTurnRecord>();

    public DbSet<WebhookReceiptRecord> WebhookReceipts => Set<WebhookReceiptRecord>();

    public DbSet<AuditEntryRecord> AuditEntries => Set<AuditEntryRecord>();

    public DbSet<OutboxRecord> Outbox => Set<OutboxRecord>();

    public DbSet<OnCallContactRecord> OnCallContacts => Set<OnCallContactRecord>();

    public DbSet<OnCallRotationRecord> OnCallRotations => Set<OnCallRotationRecord>();

    public DbSet<OnCallMemberRecord> OnCallMembers => Set<OnCallMemberRecord>();

    public DbSet<OnCallOverrideRecord> OnCallOverrides => Set<OnCallOverrideRecord>();

    public DbSet<RoutingPolicyRecord> RoutingPolicies => Set<RoutingPolicyRecord>();

    public DbSet<VendorRecord> Vendors => Set<VendorRecord>();

    public DbSet<PreferredVendorRecord> PreferredVendors => Set<PreferredVendorRecord>();

    public DbSet<VendorDispatchRecord> VendorDispatches => Set<VendorDispatchRecord>();

    public DbSet<EscalationRecord> Escalations => Set<EscalationRecord>();

    public DbSet<EscalationStepRecord> EscalationSteps => Set<EscalationStepRecord>();

    public DbSet<SlaClockRecord> SlaClocks => Set<SlaClockRecord>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardScope();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardScope();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HubDbContext).Assembly, t => t.Namespace == typeof(HubDbContext).Namespace);
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => typeof(IPortfolioOwned).IsAssignableFrom(e.ClrType)))
        {
            ScopeFilterMethod.MakeGenericMethod(entity.ClrType).Invoke(this, [modelBuilder]);
        }

        SnakeCaseNames.Apply(modelBuilder);
    }

    private static readonly MethodInfo ScopeFilterMethod =
        typeof(HubDbContext).GetMethod(nameof(AddScopeFilter), BindingFlags.NonPublic | BindingFlags.Instance)!;

    private void AddScopeFilter<TEntity>(ModelBuilder modelBuilder)
        where TEntity : class, IPortfolioOwned
    {
        // The system scope sees every row (its own model, see ScopeModelCacheKeyFactory); a portfolio's sees its own.
        if (Scope.IsSystem)
        {
            return;
        }

        // Portfolios are keyed by their own id; every other table by its portfolio_id column.
        var keyName = typeof(TEntity) == typeof(PortfolioRecord) ? nameof(PortfolioRecord.Id) : nameof(IPortfolioOwned.PortfolioId);
        var row = Expression.Parameter(typeof(TEntity), "row");
        var body = Expression.Equal(Expression.Property(row, keyName), Expression.Property(Expression.Constant(this), nameof(ScopePortfolioId)));
        modelBuilder.Entity<TEntity>().HasQueryFilter(Expression.Lambda<Func<TEntity, bool>>(body, row));
    }

    private void GuardScope()
    {
        foreach (var entry in ChangeTracker.Entries<AuditEntryRecord>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("The audit trail is append-only: an entry cannot be changed or deleted.");
            }
        }

        if (Scope.IsSystem)
        {
            return;
        }

        foreach (var entry in ChangeTracker.Entries<IPortfolioOwned>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && !Scope.Allows(entry.Entity.PortfolioId))
            {
                throw new CrossPortfolioWriteException(entry.Metadata.ClrType.Name);
            }
        }
    }
}
