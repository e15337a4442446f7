/**
 * Deterministic Vietnamese news items in the native format: the same seed gives the same bytes on every
 * machine, so widget and baseline, and today's run and last month's, read identical JSON.
 */

/** mulberry32: tiny, fast and good enough to vary text; Math.random would make runs incomparable. */
export function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES = [
  'Tin tức - Sự kiện',
  'Thông báo',
  'Văn hóa - Xã hội',
  'Kinh tế - Đô thị',
  'An ninh - Quốc phòng',
  'Cải cách hành chính',
  'Y tế - Giáo dục',
];
const SUBJECTS = [
  'Đảng ủy phường',
  'Ủy ban nhân dân phường',
  'Mặt trận Tổ quốc phường',
  'Hội Liên hiệp Phụ nữ',
  'Đoàn Thanh niên phường',
  'Công an phường',
  'Trạm Y tế phường',
  'Hội Cựu chiến binh',
  'Ban Chỉ huy Quân sự phường',
];
const ACTIONS = [
  'tổ chức Hội nghị sơ kết',
  'triển khai kế hoạch',
  'ra quân thực hiện',
  'phát động phong trào',
  'tuyên truyền về',
  'kiểm tra công tác',
  'trao tặng quà nhân dịp',
  'tiếp công dân định kỳ về',
];
const TOPICS = [
  'cải cách thủ tục hành chính năm 2025',
  'phòng, chống sốt xuất huyết trong cộng đồng',
  'chuyển đổi số và dịch vụ công trực tuyến',
  'trật tự an toàn giao thông trên địa bàn',
  'xây dựng đô thị văn minh, sạch đẹp',
  'chăm lo gia đình chính sách, hộ nghèo',
  'bảo vệ môi trường và phân loại rác tại nguồn',
  'tiêm chủng mở rộng cho trẻ em dưới 5 tuổi',
  'ngày hội toàn dân bảo vệ an ninh Tổ quốc',
  'khuyến học, khuyến tài của khu phố',
];
const SENTENCES = [
  'Tham dự có đại diện lãnh đạo Ủy ban nhân dân phường, các ban, ngành, đoàn thể và Ban điều hành các khu phố.',
  'Hội nghị đã thông qua báo cáo kết quả thực hiện nhiệm vụ và đề ra phương hướng cho thời gian tới.',
  'Người dân có thể tra cứu hồ sơ và nộp trực tuyến trên Cổng dịch vụ công quốc gia mà không cần đến trụ sở.',
  'Đợt ra quân thu hút hơn 300 đoàn viên, hội viên và người dân các khu phố cùng tham gia.',
  'Phường đề nghị các hộ gia đình chủ động phối hợp, kịp thời phản ánh những vấn đề phát sinh.',
  'Dịp này, Ủy ban nhân dân phường đã khen thưởng 12 tập thể và 25 cá nhân có thành tích xuất sắc.',
  'Thời gian tiếp nhận hồ sơ từ thứ Hai đến sáng thứ Bảy hằng tuần, trừ ngày nghỉ lễ theo quy định.',
];

const pick = (random, list) => list[Math.floor(random() * list.length)];
const HOUR = 3_600_000;
/** Every date lies well before any run, so `date-format="auto"` shows the medium form, never "x giờ trước". */
const NEWEST = Date.UTC(2025, 5, 1, 1, 30);

/** ISO 8601 wall-clock time in Vietnam, as Vietnamese portals publish it: `2025-06-01T08:30:00+07:00`. */
function isoVietnam(ms) {
  return `${new Date(ms + 7 * HOUR).toISOString().slice(0, 19)}+07:00`;
}

/** `count` items, newest first, about 60 % with an image (relative URL to a tiny SVG the server serves). */
export function generateFeed(count, seed = 2025) {
  const random = prng(seed);
  let time = NEWEST;
  const items = [];
  for (let i = 0; i < count; i++) {
    time -= Math.floor(random() * 10 * HOUR);
    const summary = Array.from({ length: 1 + Math.floor(random() * 2) }, () => pick(random, SENTENCES)).join(
      ' ',
    );
    const item = {
      id: `tin-${i + 1}`,
      title: `${pick(random, SUBJECTS)} ${pick(random, ACTIONS)} ${pick(random, TOPICS)}`,
      url: `chi-tiet.html?id=tin-${i + 1}`,
      summary,
      publishedAt: isoVietnam(time),
      // Cubed so most counts are modest and a few are large, as on real portals.
      views: Math.floor(random() ** 3 * 1_000_000) % 1_000_000,
      category: pick(random, CATEGORIES),
    };
    if (random() < 0.6) {
      item.image = { src: `img/anh-${1 + Math.floor(random() * 8)}.svg`, alt: item.title };
    }
    items.push(item);
  }
  return { title: 'Tin tức - Sự kiện', total: count, items };
}

/** 16 × 10 box, no external data: it costs the image pipeline without measuring image decoding. */
export const THUMBNAIL_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 10" width="320" height="200">' +
  '<rect width="16" height="10" fill="#c8d6e5"/><circle cx="5" cy="4" r="2" fill="#f6e58d"/></svg>';
