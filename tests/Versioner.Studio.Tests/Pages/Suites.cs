using Versioner.Studio.Tests.Infrastructure;

namespace Versioner.Studio.Tests.Pages;

// Every page test on a SQLite file and on a real PostgreSQL server.
public sealed class BrowsingTests_Sqlite(BrowserFixture browser) : BrowsingTests<SqliteDatabase>(browser);

public sealed class BrowsingTests_Postgres(BrowserFixture browser) : BrowsingTests<PostgresDatabase>(browser);

public sealed class StagingTests_Sqlite(BrowserFixture browser) : StagingTests<SqliteDatabase>(browser);

public sealed class StagingTests_Postgres(BrowserFixture browser) : StagingTests<PostgresDatabase>(browser);

public sealed class MergeTests_Sqlite(BrowserFixture browser) : MergeTests<SqliteDatabase>(browser);

public sealed class MergeTests_Postgres(BrowserFixture browser) : MergeTests<PostgresDatabase>(browser);

public sealed class StaleFormRaceTests_Sqlite(BrowserFixture browser) : StaleFormRaceTests<SqliteDatabase>(browser);

public sealed class StaleFormRaceTests_Postgres(BrowserFixture browser) : StaleFormRaceTests<PostgresDatabase>(browser);

public sealed class StandaloneTests_Sqlite(BrowserFixture browser) : StandaloneTests<SqliteDatabase>(browser);

public sealed class StandaloneTests_Postgres(BrowserFixture browser) : StandaloneTests<PostgresDatabase>(browser);
