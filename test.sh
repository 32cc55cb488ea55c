#!/usr/bin/env bash
# Runs every test: installs what is missing (Debian packages, npm packages, Chromium), then the web app's
# Vitest suite and the .NET suites (unit, integration and end-to-end through Aspire.Hosting.Testing).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

scripts/prerequisites.sh --tests

(cd GameScheduler.Web && npm test)

results=TestResults
rm -rf "$results"
dotnet build GameScheduler.sln -v:q -nologo
status=0
dotnet test GameScheduler.sln --no-build -v:q -nologo --results-directory "$results" --logger "trx;LogFilePrefix=tests" \
  -- RunConfiguration.TestSessionTimeout=4800000 || status=$?
node scripts/summarize-trx.mjs "$results"
exit "$status"
