#!/usr/bin/env bash
# Changes the seeded site as an editor would (edit.php): unpublish-oldest | republish.
set -euo pipefail
. "$(dirname "$0")/env.sh"
export NEWS_WP_HOST_PORT="$NEWS_WP_HOST:$NEWS_WP_PORT" NEWS_WP_CONFIG_NAME
php "$(dirname "$0")/edit.php" "$1"
