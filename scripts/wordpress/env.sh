# Shared settings of the WordPress test site (sourced by the other scripts of this folder).
# Everything the site writes lives under $NEWS_WP_STATE; its Apache, PHP-FPM and MariaDB are private
# instances with their own configuration, sockets and pid files, so the machine's own services (and port 80)
# are left alone.
NEWS_WP_STATE="${NEWS_WP_STATE:-/var/tmp/news-elements-wordpress}"
NEWS_WP_HOST="${NEWS_WP_HOST:-127.0.0.1}"
NEWS_WP_PORT="${NEWS_WP_PORT:-8790}"
NEWS_WP_URL="http://$NEWS_WP_HOST:$NEWS_WP_PORT"
# Debian's wp-config.php picks /etc/wordpress/config-<name>.php by $WORDPRESS_CONFIG when set (else by the
# host name without its port): a name of our own leaves any other site's config alone.
NEWS_WP_CONFIG_NAME="news-elements-test"
NEWS_WP_CONFIG_FILE="/etc/wordpress/config-$NEWS_WP_CONFIG_NAME.php"
NEWS_WP_DB="news_elements_test"
PHP_VERSION_DIR="$(ls -d /etc/php/*/ 2>/dev/null | sort -V | tail -1)"
PHP_VERSION="$(basename "${PHP_VERSION_DIR:-/etc/php/8.2/}")"
PHP_FPM_BIN="/usr/sbin/php-fpm$PHP_VERSION"

MYSQL_SOCKET="$NEWS_WP_STATE/run/mariadb.sock"
MYSQL_PID="$NEWS_WP_STATE/run/mariadb.pid"
FPM_SOCKET="$NEWS_WP_STATE/run/php-fpm.sock"
FPM_PID="$NEWS_WP_STATE/run/php-fpm.pid"
APACHE_PID="$NEWS_WP_STATE/run/apache.pid"
APACHE_CONF="$NEWS_WP_STATE/apache.conf"
FPM_CONF="$NEWS_WP_STATE/php-fpm.conf"

say() { echo "wordpress: $*" >&2; }

# Whether the process in pid file $1 is alive.
alive() { [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# Waits up to $2 tenths of a second for command $1 to succeed.
wait_for() {
  local i
  for ((i = 0; i < $2; i++)); do
    if eval "$1" >/dev/null 2>&1; then return 0; fi
    sleep 0.1
  done
  return 1
}
