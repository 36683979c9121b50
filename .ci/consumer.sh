#!/usr/bin/env bash
# The consumer test (issue 11, item 17): packs every library into a local folder feed, copies tests/consumer out of
# the repository (so none of its Directory.*.props apply), restores it from that feed plus nuget.org with ordinary
# package references, and runs save, finalize, merge, verify and push on SQLite, and on PostgreSQL when a server is
# given. Prints "consumer: N passed, N failed"; exits non-zero on any failure.
#   bash .ci/consumer.sh [POSTGRES-CONNECTION-STRING]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d /tmp/versioner-consumer.XXXXXX)"
trap 'rm -rf "$work"' EXIT
# A version of its own per run: the global packages folder never serves an older pack under the same number.
version="0.0.0-consumer.$(date +%s)"

echo "consumer.sh: packing the libraries as $version into $work/feed"
for project in Versioner.Core Versioner.Graph Versioner.Client Versioner.Follower; do
  dotnet pack "$root/src/$project" -c Release -o "$work/feed" -p:Version="$version" -p:ContinuousIntegrationBuild=true --nologo -v quiet >"$work/pack-$project.log" 2>&1 \
    || { cat "$work/pack-$project.log"; echo "consumer: 0 passed, 1 failed"; exit 1; }
done

mkdir -p "$work/app"
cp "$root/tests/consumer/Program.cs" "$root/tests/consumer/Consumer.csproj" "$work/app/"
cat > "$work/app/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$work/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML

echo "consumer.sh: restoring and running the consumer app outside the repository"
cd "$work/app"
dotnet run -c Release -p:VersionerVersion="$version" -- "$@"
