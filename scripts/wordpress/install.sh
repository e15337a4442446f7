#!/usr/bin/env bash
# Installs what the WordPress test site needs from Debian's packages (only what is missing) and writes its
# private configuration under $NEWS_WP_STATE. Safe to run again: nothing already there is redone.
set -euo pipefail
. "$(dirname "$0")/env.sh"

PACKAGES=(wordpress mariadb-server apache2 php-fpm php-gd php-cli imagemagick curl)
missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  if [ "$(id -u)" != 0 ]; then
    echo "wordpress: installing packages needs root (sudo $0)." >&2
    exit 1
  fi
  apt-get update -qq
  # Debian starts services on install where it can; this site runs private instances instead.
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  . "$(dirname "$0")/env.sh"
fi

mkdir -p "$NEWS_WP_STATE"/{run,log,wp-content/uploads,wp-content/mu-plugins}
chmod 755 "$NEWS_WP_STATE" "$NEWS_WP_STATE/wp-content"
# Sockets, pid files and logs of services that run as mysql and www-data: writable by each, like /tmp.
chmod 1777 "$NEWS_WP_STATE/run" "$NEWS_WP_STATE/log"
# Debian's themes and plugins, under this site's own wp-content (its uploads stay in the state folder).
for part in themes plugins languages; do
  [ -e "$NEWS_WP_STATE/wp-content/$part" ] || ln -s "/usr/share/wordpress/wp-content/$part" "$NEWS_WP_STATE/wp-content/$part"
done
cp "$(dirname "$0")/news-elements-test.php" "$NEWS_WP_STATE/wp-content/mu-plugins/news-elements-test.php"

# MariaDB: a data folder of its own, reached through a socket only (no TCP port).
if [ ! -d "$NEWS_WP_STATE/mysql/mysql" ]; then
  say "initialising MariaDB in $NEWS_WP_STATE/mysql"
  mkdir -p "$NEWS_WP_STATE/mysql"
  chown mysql:mysql "$NEWS_WP_STATE/mysql"
  mariadb-install-db --no-defaults --datadir="$NEWS_WP_STATE/mysql" --user=mysql \
    --auth-root-authentication-method=socket --skip-test-db >"$NEWS_WP_STATE/log/mariadb-install.log" 2>&1
fi

# PHP-FPM: one pool on a socket of its own. The `wordpress` package pulls libapache2-mod-php, which cannot
# serve alongside PHP-FPM under the event MPM; this site's Apache never loads it (the machine's Apache
# configuration is left as it is).
cat >"$FPM_CONF" <<CONF
[global]
pid = $FPM_PID
error_log = $NEWS_WP_STATE/log/php-fpm.log
daemonize = yes

[news-elements]
user = www-data
group = www-data
listen = $FPM_SOCKET
listen.owner = www-data
listen.group = www-data
listen.mode = 0660
pm = static
pm.max_children = 4
catch_workers_output = yes
php_admin_value[error_log] = $NEWS_WP_STATE/log/php-errors.log
php_admin_value[upload_max_filesize] = 16M
CONF

modules=/usr/lib/apache2/modules
cat >"$APACHE_CONF" <<CONF
# The WordPress test site's own Apache: only the modules it needs (no mod_php: PHP-FPM serves PHP).
ServerRoot /etc/apache2
ServerName $NEWS_WP_HOST
Listen $NEWS_WP_HOST:$NEWS_WP_PORT
PidFile $APACHE_PID
DefaultRuntimeDir $NEWS_WP_STATE/run
Mutex file:$NEWS_WP_STATE/run default
User www-data
Group www-data
ErrorLog $NEWS_WP_STATE/log/apache-error.log
LoadModule mpm_event_module $modules/mod_mpm_event.so
LoadModule authz_core_module $modules/mod_authz_core.so
LoadModule mime_module $modules/mod_mime.so
LoadModule dir_module $modules/mod_dir.so
LoadModule alias_module $modules/mod_alias.so
LoadModule env_module $modules/mod_env.so
LoadModule rewrite_module $modules/mod_rewrite.so
LoadModule proxy_module $modules/mod_proxy.so
LoadModule proxy_fcgi_module $modules/mod_proxy_fcgi.so
LogFormat "%h %t \"%r\" %>s %b \"%{Origin}i\"" origin
CustomLog $NEWS_WP_STATE/log/apache-access.log origin
TypesConfig /etc/mime.types
DocumentRoot /usr/share/wordpress
DirectoryIndex index.php index.html
# Debian's wp-config.php reads /etc/wordpress/config-\$WORDPRESS_CONFIG.php.
SetEnv WORDPRESS_CONFIG $NEWS_WP_CONFIG_NAME
Alias /wp-content $NEWS_WP_STATE/wp-content
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory /usr/share/wordpress>
  Options FollowSymLinks
  Require all granted
  # Pretty permalinks, as WordPress's own .htaccess would write them.
  RewriteEngine On
  RewriteRule ^index\.php$ - [L]
  RewriteCond %{REQUEST_FILENAME} !-f
  RewriteCond %{REQUEST_FILENAME} !-d
  RewriteRule . /index.php [L]
</Directory>
<Directory $NEWS_WP_STATE/wp-content>
  Options FollowSymLinks
  Require all granted
</Directory>
<FilesMatch "\.php$">
  SetHandler "proxy:unix:$FPM_SOCKET|fcgi://localhost"
</FilesMatch>
CONF

# WordPress: Debian's wp-config.php includes this file for this site.
if [ ! -f "$NEWS_WP_CONFIG_FILE" ] || ! grep -q "$MYSQL_SOCKET" "$NEWS_WP_CONFIG_FILE"; then
  salt() { head -c 48 /dev/urandom | base64 | tr -d '\n/+='; }
  cat >"$NEWS_WP_CONFIG_FILE" <<CONF
<?php
// The news-elements WordPress test site (scripts/wordpress/install.sh). Not for production.
define('DB_NAME', '$NEWS_WP_DB');
define('DB_USER', 'news_elements');
define('DB_PASSWORD', 'news_elements');
define('DB_HOST', 'localhost:$MYSQL_SOCKET');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
define('WP_HOME', '$NEWS_WP_URL');
define('WP_SITEURL', '$NEWS_WP_URL');
define('WP_CONTENT_DIR', '$NEWS_WP_STATE/wp-content');
define('WP_CONTENT_URL', '$NEWS_WP_URL/wp-content');
define('AUTH_KEY', '$(salt)');
define('SECURE_AUTH_KEY', '$(salt)');
define('LOGGED_IN_KEY', '$(salt)');
define('NONCE_KEY', '$(salt)');
define('AUTH_SALT', '$(salt)');
define('SECURE_AUTH_SALT', '$(salt)');
define('LOGGED_IN_SALT', '$(salt)');
define('NONCE_SALT', '$(salt)');
define('WP_DEBUG', false);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
\$table_prefix = 'wp_';
CONF
  chmod 644 "$NEWS_WP_CONFIG_FILE"
fi
say "installed ($NEWS_WP_STATE)"
