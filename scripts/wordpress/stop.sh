#!/usr/bin/env bash
# Stops services of the WordPress test site: those named, or all three; Apache first, the database last.
# Usage: stop.sh [mariadb|php-fpm|apache ...]
set -euo pipefail
. "$(dirname "$0")/services.sh"
for service in apache php-fpm mariadb; do
  if [ $# -gt 0 ] && ! printf '%s\n' "$@" | grep -qx "$service"; then continue; fi
  if running "$service"; then
    stop_service "$service"
    say "stopped $service"
  fi
done
