using Versioner.Tests.Infrastructure;

namespace Versioner.Tests.Features;

// Every Graph feature on a real PostgreSQL server, one database per test (see PostgresProvider). Skipped with
// directions when no server is reachable, except under CI, where the server must be there.
public sealed class BranchTests_Postgres : BranchTests<PostgresProvider>;

public sealed class BulkRowWriterTests_Postgres : BulkRowWriterTests<PostgresProvider>;

public sealed class ConstraintTests_Postgres : ConstraintTests<PostgresProvider>;

public sealed class DocumentTests_Postgres : DocumentTests<PostgresProvider>;

public sealed class DocumentWriterTests_Postgres : DocumentWriterTests<PostgresProvider>;

public sealed class ForeignKeyOptOutTests_Postgres : ForeignKeyOptOutTests<PostgresProvider>;

public sealed class ModelFreeOpeningTests_Postgres : ModelFreeOpeningTests<PostgresProvider>;

public sealed class FinalizeTests_Postgres : FinalizeTests<PostgresProvider>;

public sealed class ImmutabilityTests_Postgres : ImmutabilityTests<PostgresProvider>;

public sealed class MergeTests_Postgres : MergeTests<PostgresProvider>;

public sealed class PullRequestHistoryTests_Postgres : PullRequestHistoryTests<PostgresProvider>;

public sealed class PointerTests_Postgres : PointerTests<PostgresProvider>;

public sealed class ReadThePastTests_Postgres : ReadThePastTests<PostgresProvider>;

public sealed class RedactionTests_Postgres : RedactionTests<PostgresProvider>;

public sealed class ReferenceTests_Postgres : ReferenceTests<PostgresProvider>;

public sealed class ProviderErrorTests_Postgres : ProviderErrorTests<PostgresProvider>;

public sealed class ReferenceIntegrityTests_Postgres : ReferenceIntegrityTests<PostgresProvider>;

public sealed class StagingTests_Postgres : StagingTests<PostgresProvider>;

public sealed class WorkingCommitTests_Postgres : WorkingCommitTests<PostgresProvider>;

public sealed class RetentionTests_Postgres : RetentionTests<PostgresProvider>;

public sealed class BulkWriteTests_Postgres : BulkWriteTests<PostgresProvider>;

public sealed class DependencyInjectionTests_Postgres : DependencyInjectionTests<PostgresProvider>;

public sealed class RandomHistoryTests_Postgres : RandomHistoryTests<PostgresProvider>;

public sealed class TelemetryTests_Postgres : TelemetryTests<PostgresProvider>;

public sealed class RevisionTests_Postgres : RevisionTests<PostgresProvider>;

public sealed class AbsentFieldTests_Postgres : AbsentFieldTests<PostgresProvider>;
