<?php
/**
 * Seeds the news-elements WordPress test site through WordPress's own functions, as an editor would fill a
 * ward portal: 26 published Vietnamese posts in five categories, each with a featured image (a real JPEG, so
 * that WordPress makes its intermediate sizes), a `views` count, one sticky post, one password-protected
 * post, a draft and a scheduled post. Run by seed.sh: `php seed.php install`, then `php seed.php posts`.
 */
$stage = $argv[1] ?? '';
if ($stage === 'install') {
  define('WP_INSTALLING', true);
  // A pluggable function, replaced before WordPress defines it: the test site mails nobody.
  function wp_new_blog_notification() {}
}
require __DIR__ . '/load-wordpress.php';

if ($stage === 'install') {
  require_once ABSPATH . 'wp-admin/includes/upgrade.php';
  wp_install('Phường Hòa Bình', 'bientap', 'bientap@phuong-hoabinh.example.vn', true, '', 'news-elements-test', 'vi');
  update_option('blogdescription', 'Cổng thông tin điện tử phường Hòa Bình');
  update_option('timezone_string', 'Asia/Ho_Chi_Minh');
  update_option('gmt_offset', '');
  update_option('date_format', 'd/m/Y');
  update_option('time_format', 'H:i');
  update_option('posts_per_page', 10);
  update_option('permalink_structure', '/%postname%/');
  exit(0);
}
if ($stage !== 'posts') {
  fwrite(STDERR, "usage: php seed.php install|posts\n");
  exit(2);
}

require_once ABSPATH . 'wp-admin/includes/image.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/media.php';
flush_rewrite_rules(false);
// The sample post and page of a fresh install.
foreach (get_posts(['post_type' => ['post', 'page'], 'post_status' => 'any', 'numberposts' => -1]) as $sample) {
  wp_delete_post($sample->ID, true);
}
wp_update_term(1, 'category', ['name' => 'Chưa phân loại', 'slug' => 'chua-phan-loai']);

$categories = [];
foreach ([
  'tt' => ['Tin tức - Sự kiện', 'tin-tuc-su-kien'],
  'tb' => ['Thông báo', 'thong-bao'],
  'vh' => ['Văn hóa - Xã hội', 'van-hoa-xa-hoi'],
  'kt' => ['Kinh tế - Đô thị', 'kinh-te-do-thi'],
  'qp' => ['Quốc phòng - An ninh', 'quoc-phong-an-ninh'],
] as $key => [$name, $slug]) {
  $categories[$key] = wp_insert_term($name, 'category', ['slug' => $slug])['term_id'];
}

// Newest first. [category, title, tags, views]; the most viewed are mostly beyond the first page.
$nfd = "Le\u{0302}\u{0303} ho\u{0323}\u{0302}i a\u{0302}\u{0309}m thu\u{031B}\u{0323}c đu\u{031B}o\u{031B}\u{0300}ng phô\u{0301}";
$posts = [
  ['tt', 'Phường Hòa Bình tổ chức Hội nghị “Dân vận khéo” & phong trào thi đua năm 2025', ['Dân vận'], 412],
  ['tb', 'Thông báo lịch tiếp công dân tháng 7 năm 2025', [], 231],
  ['vh', 'Khai mạc Hội thao chào mừng Ngày Gia đình Việt Nam 28/6', ['Thể thao'], 187],
  ['kt', 'Ra quân chỉnh trang đô thị, lập lại trật tự vỉa hè trên các tuyến đường chính', ['Đô thị'], 3990],
  ['tt', 'Ủy ban nhân dân phường tiếp và làm việc với đoàn công tác của quận', [], 305],
  ['tb', 'Kết quả xét duyệt hồ sơ hỗ trợ hộ nghèo, hộ cận nghèo đợt 2', [], 96],
  ['qp', 'Ra quân huấn luyện lực lượng dân quân tự vệ năm 2025', ['Dân quân'], 144],
  ['vh', $nfd . ' giữa lòng khu phố', ['Ẩm thực'], 520],
  ['tt', 'Hội nghị sơ kết công tác 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm', [], 388],
  ['tb', 'Thông báo thu phí vệ sinh môi trường năm 2025', [], 171],
  ['kt', 'Hướng dẫn hộ kinh doanh đăng ký thuế điện tử', ['Thuế'], 264],
  ['tt', 'Tuyên dương 45 gương người tốt, việc tốt trên địa bàn phường', ['Dân vận'], 299],
  ['vh', 'Lớp học bơi miễn phí cho trẻ em trong dịp hè', ['Thể thao'], 4870],
  ['tb', 'Lịch tiêm chủng mở rộng tại Trạm Y tế phường', ['Y tế'], 318],
  ['tt', 'Chào mừng kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước', [], 3120],
  ['qp', 'Diễn tập phương án phòng cháy, chữa cháy tại khu dân cư số 3', ['PCCC'], 277],
  ['kt', 'Khởi công xây dựng cầu Rạch Đỉa nối hai khu phố', ['Đô thị'], 455],
  ['tt', 'Đại hội Chi bộ khu phố 5 nhiệm kỳ 2025–2027 thành công tốt đẹp', [], 5210],
  ['vh', 'Ngày hội đọc sách tại Thư viện phường thu hút đông đảo thiếu nhi', [], 201],
  ['tb', 'Thông báo tuyển dụng công chức phường năm 2025', [], 640],
  ['tt', 'Trao tặng 120 phần quà Tết cho gia đình chính sách', ['An sinh'], 233],
  ['qp', 'Tuyên truyền phòng, chống tội phạm công nghệ cao cho người cao tuổi', [], 198],
  ['vh', 'Liên hoan văn nghệ quần chúng mừng Xuân Ất Tỵ', ['Văn nghệ'], 3560],
  ['kt', 'Chợ phiên nông sản an toàn cuối tuần', [], 187],
  ['tt', 'Phường ra mắt mô hình “Khu phố không rác thải nhựa”', [], 176],
  ['tb', 'Thông báo nghỉ Tết Nguyên đán Ất Tỵ 2025', [], 362],
];
const STICKY_POST = 14;
const PROTECTED_POST = 5;
const HAND_EXCERPT = [0, 2];

$paragraphs = [
  'Sáng nay, tại hội trường Ủy ban nhân dân phường, cán bộ và nhân dân các khu phố đã cùng tham dự chương trình với tinh thần phấn khởi. Đây là hoạt động thiết thực nhằm cụ thể hóa nghị quyết của Đảng ủy phường trong năm.',
  'Phát biểu tại buổi lễ, đồng chí Chủ tịch Ủy ban nhân dân phường ghi nhận những kết quả đạt được, đồng thời đề nghị các ban, ngành, đoàn thể tiếp tục phối hợp chặt chẽ, lắng nghe ý kiến người dân và giải quyết kịp thời các kiến nghị chính đáng.',
  'Theo kế hoạch, trong thời gian tới phường sẽ tiếp tục triển khai các giải pháp nâng cao chất lượng phục vụ, đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính và xây dựng khu dân cư văn minh, sạch đẹp.',
  'Người dân có nhu cầu tìm hiểu thêm thông tin xin liên hệ bộ phận một cửa của phường trong giờ hành chính, từ thứ Hai đến sáng thứ Bảy hằng tuần, hoặc gọi số điện thoại đường dây nóng của phường.',
];

/** A picture of its own for each post: a soft fractal, 2560 × 1600 like a phone photo. */
function seed_image(int $index): string {
  $palette = ['#2a9d8f-#e9c46a', '#264653-#f4a261', '#e76f51-#2a9d8f', '#457b9d-#f1faee', '#6d597a-#eaac8b', '#1d3557-#a8dadc'];
  $file = sys_get_temp_dir() . "/news-elements-seed-$index.jpg";
  $command = sprintf(
    'convert -seed %d -size 640x400 plasma:%s -resize 2560x1600! -attenuate 0.25 +noise Gaussian -quality 86 %s 2>&1',
    $index + 7, escapeshellarg($palette[$index % count($palette)]), escapeshellarg($file));
  exec($command, $output, $status);
  if ($status !== 0) throw new RuntimeException("convert failed: " . implode("\n", $output));
  return $file;
}

/** An attachment made from `$file` as the media library makes it: intermediate sizes included. */
function seed_attachment(string $file, string $name, string $alt, string $caption, int $parent): int {
  $upload = wp_upload_bits($name, null, file_get_contents($file));
  if ($upload['error']) throw new RuntimeException($upload['error']);
  $id = wp_insert_attachment([
    'post_mime_type' => 'image/jpeg',
    'post_title' => $alt,
    'post_excerpt' => $caption,
    'post_status' => 'inherit',
  ], $upload['file'], $parent);
  wp_update_attachment_metadata($id, wp_generate_attachment_metadata($id, $upload['file']));
  update_post_meta($id, '_wp_attachment_image_alt', $alt);
  return $id;
}

/** `$local` (Y-m-d H:i:s in the site's zone) minus `$days` days. */
function seed_date(int $days, int $hour, int $minute): string {
  $date = new DateTime('2025-06-20 00:00:00', wp_timezone());
  $date->modify("-$days days")->setTime($hour, $minute);
  return $date->format('Y-m-d H:i:s');
}

$ids = [];
foreach ($posts as $i => [$category, $title, $tags, $views]) {
  $body = $paragraphs;
  // Each post opens with words of its own, as a real one would: WordPress's automatic excerpt is those words.
  array_unshift($body, "$title. " . $paragraphs[$i % 2]);
  $content = implode("\n\n", array_map(fn($p) => "<!-- wp:paragraph -->\n<p>$p</p>\n<!-- /wp:paragraph -->", $body));
  $post = [
    'post_title' => $title,
    'post_content' => $content,
    'post_status' => 'publish',
    'post_author' => 1,
    'post_date' => seed_date($i * 9, 7 + ($i * 5) % 11, ($i * 17) % 60),
    'post_category' => [$categories[$category]],
    'tags_input' => $tags,
    'meta_input' => ['views' => $views],
  ];
  if (in_array($i, HAND_EXCERPT, true)) {
    $post['post_excerpt'] = "Tóm tắt của ban biên tập: $title.";
  }
  if ($i === PROTECTED_POST) $post['post_password'] = 'hoabinh';
  $id = wp_insert_post(wp_slash($post), true);
  if (is_wp_error($id)) throw new RuntimeException($id->get_error_message());
  $image = seed_attachment(seed_image($i), "anh-tin-$i.jpg", "Ảnh minh họa: $title", 'Ảnh: Ban biên tập', $id);
  set_post_thumbnail($id, $image);
  $ids[$i] = $id;
}

// The first post shows a picture in its body too, as the block editor writes it; WordPress adds its srcset.
$inline = seed_attachment(seed_image(40), 'anh-noi-dung.jpg', 'Toàn cảnh hội nghị', 'Toàn cảnh hội nghị', $ids[0]);
$large = wp_get_attachment_image_src($inline, 'large');
$figure = "<!-- wp:image {\"id\":$inline,\"sizeSlug\":\"large\"} -->\n<figure class=\"wp-block-image size-large\">"
  . "<img src=\"{$large[0]}\" alt=\"Toàn cảnh hội nghị\" class=\"wp-image-$inline\"/>"
  . "<figcaption>Toàn cảnh hội nghị</figcaption></figure>\n<!-- /wp:image -->";
$first = get_post($ids[0]);
$parts = explode("\n\n", $first->post_content);
array_splice($parts, 2, 0, [$figure]);
wp_update_post(wp_slash(['ID' => $ids[0], 'post_content' => implode("\n\n", $parts)]));

stick_post($ids[STICKY_POST]);

foreach ([
  ['draft', 'Dự thảo: kế hoạch tổ chức Trung thu 2025', seed_date(1, 9, 0)],
  ['future', 'Thông báo lịch cắt điện ngày 30/6', (new DateTime('+30 days', wp_timezone()))->format('Y-m-d 08:00:00')],
] as [$status, $title, $date]) {
  $id = wp_insert_post(wp_slash([
    'post_title' => $title,
    'post_content' => "<p>$title: nội dung chưa công bố.</p>",
    'post_status' => $status,
    'post_author' => 1,
    'post_date' => $date,
    'post_category' => [$categories['tb']],
  ]), true);
  if (is_wp_error($id)) throw new RuntimeException($id->get_error_message());
  update_option("news_elements_{$status}_id", $id);
}

// What the browser suite needs to know of this seed (test/wordpress/site.ts reads it through its server).
file_put_contents(getenv('NEWS_WP_STATE') . '/seed.json', json_encode([
  'url' => home_url(),
  'published' => count($ids),
  'perPage' => (int) get_option('posts_per_page'),
  'sticky' => $ids[STICKY_POST],
  'protected' => $ids[PROTECTED_POST],
  'withInlineImage' => $ids[0],
  'draft' => (int) get_option('news_elements_draft_id'),
  'scheduled' => (int) get_option('news_elements_future_id'),
], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES) . "\n");
update_option('news_elements_seed', getenv('SEED_VERSION'));
fwrite(STDERR, 'wordpress: seeded ' . count($ids) . " posts\n");
