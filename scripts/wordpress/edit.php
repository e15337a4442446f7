<?php
/**
 * What an editor does to the seeded site while a visitor reads it, for tests of a changed answer:
 * `unpublish-oldest` moves the oldest published post to the drafts (the site has one post fewer), and
 * `republish` publishes it again. Run by edit.sh.
 */
require __DIR__ . '/load-wordpress.php';

$action = $argv[1] ?? '';
if ($action === 'unpublish-oldest') {
  [$oldest] = get_posts(['numberposts' => 1, 'order' => 'ASC', 'orderby' => 'date', 'post_status' => 'publish']);
  wp_update_post(['ID' => $oldest->ID, 'post_status' => 'draft']);
  update_option('news_elements_unpublished', $oldest->ID);
} elseif ($action === 'republish') {
  $id = (int) get_option('news_elements_unpublished');
  if ($id) wp_update_post(['ID' => $id, 'post_status' => 'publish']);
  delete_option('news_elements_unpublished');
} else {
  fwrite(STDERR, "usage: php edit.php unpublish-oldest|republish\n");
  exit(2);
}
