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
# The conventions of .editorconfig (layout, usings, modifiers, names); `dotnet format GameScheduler.sln` applies them.
dotnet format GameScheduler.sln --verify-no-changes --no-restore
status=0
# One test project at a time (-m:1): the end-to-end suite holds Discord's 3 s and the product's 2 s bounds, and on a
# two-core machine the other suites running beside it would eat into them.
dotnet test GameScheduler.sln --no-build -m:1 -v:q -nologo --results-directory "$results" --logger "trx;LogFilePrefix=tests" \
  -- RunConfiguration.TestSessionTimeout=4800000 || status=$?
node scripts/summarize-trx.mjs "$results"
exit "$status"
