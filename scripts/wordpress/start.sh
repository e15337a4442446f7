#!/usr/bin/env bash
# Starts what is not running of the WordPress test site (all three services, or those named) and prints the
# names of those it started, one a line: what the caller stops when it is done (stop.sh NAME...).
# Usage: start.sh [mariadb|php-fpm|apache ...]
set -euo pipefail
. "$(dirname "$0")/services.sh"
for service in "${@:-${SERVICES[@]}}"; do
  if running "$service"; then continue; fi
  start_service "$service"
  say "started $service"
  echo "$service"
done
