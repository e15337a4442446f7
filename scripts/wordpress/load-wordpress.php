<?php
/**
 * Loads the test site's WordPress into a command-line script. Debian's wp-config.php picks its configuration by
 * $WORDPRESS_CONFIG (else by HTTP_HOST without the port), and WordPress reads HTTP_HOST for its URLs: a script
 * sets both before loading WordPress. The environment comes from seed.sh (env.sh).
 */
$_SERVER['HTTP_HOST'] = getenv('NEWS_WP_HOST_PORT');
$_SERVER['WORDPRESS_CONFIG'] = getenv('NEWS_WP_CONFIG_NAME');
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
require '/usr/share/wordpress/wp-load.php';
