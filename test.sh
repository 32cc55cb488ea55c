#!/usr/bin/env bash
# Runs every test: installs what is missing (Debian packages, npm packages, Chromium), then the web app's
# Vitest suite and the .NET suites (unit, integration and end-to-end through Aspire.Hosting.Testing).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

scripts/prerequisites.sh --tests

(cd GameScheduler.Web && npm test)

dotnet build GameScheduler.sln -v:q -nologo
dotnet test GameScheduler.sln --no-build -v:q -nologo -- RunConfiguration.TestSessionTimeout=4800000
