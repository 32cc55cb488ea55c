#!/usr/bin/env bash
# Runs GameScheduler: installs what is missing, then starts the Aspire AppHost (dashboard, Api, Bot, web app,
# Discord emulator, Postgres, Valkey, RabbitMQ). Ctrl+C stops everything.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

scripts/prerequisites.sh
exec dotnet run --project GameScheduler.AppHost --launch-profile http -- "$@"
