#!/usr/bin/env bash
# Installs WordPress into the site's database and seeds it (seed.php), unless it holds this seed already.
# Needs the database running (start.sh mariadb). Usage: seed.sh [--force]
set -euo pipefail
. "$(dirname "$0")/env.sh"
sql() { mariadb --no-defaults --socket="$MYSQL_SOCKET" -u root "$@"; }
SEED_VERSION="$(sha1sum "$(dirname "$0")/seed.php" "$(dirname "$0")/load-wordpress.php" "$(dirname "$0")/news-elements-test.php" | sha1sum | cut -c1-12)"
current="$(sql -N -e "SELECT option_value FROM $NEWS_WP_DB.wp_options WHERE option_name = 'news_elements_seed'" 2>/dev/null || true)"
if [ "$current" = "$SEED_VERSION" ] && [ "${1:-}" != "--force" ]; then
  say "seeded already ($SEED_VERSION)"
  exit 0
fi
say "seeding $SEED_VERSION"
cp "$(dirname "$0")/news-elements-test.php" "$NEWS_WP_STATE/wp-content/mu-plugins/news-elements-test.php"
sql -e "DROP DATABASE IF EXISTS $NEWS_WP_DB; CREATE DATABASE $NEWS_WP_DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;
  CREATE USER IF NOT EXISTS 'news_elements'@'localhost' IDENTIFIED BY 'news_elements';
  GRANT ALL ON $NEWS_WP_DB.* TO 'news_elements'@'localhost';"
rm -rf "$NEWS_WP_STATE/wp-content/uploads" && mkdir -p "$NEWS_WP_STATE/wp-content/uploads"
export NEWS_WP_HOST_PORT="$NEWS_WP_HOST:$NEWS_WP_PORT" NEWS_WP_CONFIG_NAME NEWS_WP_STATE SEED_VERSION
php -d memory_limit=512M "$(dirname "$0")/seed.php" install
php -d memory_limit=512M "$(dirname "$0")/seed.php" posts
chmod -R a+rX "$NEWS_WP_STATE/wp-content/uploads"
