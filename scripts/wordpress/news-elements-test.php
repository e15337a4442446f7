<?php
/**
 * Plugin Name: news-elements test site
 * Description: What the news-elements WordPress test site adds to a stock install: the view count that ward
 * portals keep in a `views` post meta, readable through the REST API (as a counter plugin would register it).
 */
add_action('init', function () {
  register_post_meta('post', 'views', [
    'type' => 'integer',
    'single' => true,
    'default' => 0,
    'show_in_rest' => true,
  ]);
});
