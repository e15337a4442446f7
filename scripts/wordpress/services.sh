# Starting and stopping the site's three services, one at a time (sourced by start.sh and stop.sh).
# shellcheck source=env.sh
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"

SERVICES=(mariadb php-fpm apache)

pid_file() {
  case "$1" in
    mariadb) echo "$MYSQL_PID" ;;
    php-fpm) echo "$FPM_PID" ;;
    apache) echo "$APACHE_PID" ;;
    *) echo "wordpress: unknown service $1 (mariadb, php-fpm, apache)" >&2; return 1 ;;
  esac
}

running() { alive "$(pid_file "$1")"; }

start_service() {
  running "$1" && return 0
  case "$1" in
    mariadb)
      setsid mariadbd --no-defaults --datadir="$NEWS_WP_STATE/mysql" --socket="$MYSQL_SOCKET" \
        --pid-file="$MYSQL_PID" --skip-networking --user=mysql --character-set-server=utf8mb4 \
        --collation-server=utf8mb4_unicode_520_ci --log-error="$NEWS_WP_STATE/log/mariadb.log" \
        --innodb-buffer-pool-size=32M --skip-log-bin </dev/null >/dev/null 2>&1 &
      wait_for "mariadb-admin --no-defaults --socket='$MYSQL_SOCKET' ping" 300 ||
        { say "MariaDB did not start: see $NEWS_WP_STATE/log/mariadb.log"; return 1; }
      # The socket is mysql's; www-data's PHP connects to it.
      chmod 777 "$MYSQL_SOCKET" 2>/dev/null || true
      ;;
    php-fpm)
      "$PHP_FPM_BIN" --fpm-config "$FPM_CONF" ||
        { say "PHP-FPM did not start: see $NEWS_WP_STATE/log/php-fpm.log"; return 1; }
      wait_for "test -S '$FPM_SOCKET' && alive '$FPM_PID'" 100
      ;;
    apache)
      # The machine's envvars file names Apache's log and run folders; this site's config overrides them.
      APACHE_RUN_DIR="$NEWS_WP_STATE/run" APACHE_LOG_DIR="$NEWS_WP_STATE/log" apache2 -f "$APACHE_CONF" -k start ||
        { say "Apache did not start: see $NEWS_WP_STATE/log/apache-error.log"; return 1; }
      wait_for "curl -s -o /dev/null '$NEWS_WP_URL/wp-includes/images/blank.gif'" 100
      ;;
  esac
}

stop_service() {
  local file
  file="$(pid_file "$1")"
  running "$1" || return 0
  case "$1" in
    apache) apache2 -f "$APACHE_CONF" -k stop 2>/dev/null || kill "$(cat "$file")" ;;
    *) kill "$(cat "$file")" ;;
  esac
  wait_for "! alive '$file'" 300 || { say "$1 would not stop"; return 1; }
  rm -f "$file"
}
