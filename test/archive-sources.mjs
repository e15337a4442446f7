/**
 * One news archive, served as each kind of source a portal has, for the tests of `news-elements publish`
 * (test/integration/publish.test.mjs, the fault server's `/__fault/published/…`) and its bench. Items come
 * newest first, a day apart; the oldest is the only one about the "Quận uỷ" (found only on the last page),
 * "Thông báo" items are spread over every page, and the most viewed sits in the middle of the archive.
 */

/**
 * The size of the archive the fault server publishes for the browser tests: more pages than a list reads
 * further on its own (ARCHIVE_PAGE_CAP), so that only the index can answer over all of it.
 */
export const PUBLISHED_ARCHIVE = 150;

/** The items as normalized items would be, newest first (`publishedAt` a Date). */
export function archiveItems(count = 60) {
  const topics = [
    'Ra quân tổng vệ sinh môi trường',
    'Tiếp công dân định kỳ tháng',
    'Tuyên truyền phòng chống dịch bệnh',
    'Lịch cắt điện khu phố',
    'Hội thi nấu ăn phụ nữ phường',
    'Khám sức khỏe miễn phí cho người cao tuổi',
  ];
  return Array.from({ length: count }, (_, i) => {
    const last = i === count - 1;
    return {
      id: `tin-${count - i}`,
      title: last ? 'Hội nghị Quận uỷ tổng kết công tác năm' : `${topics[i % topics.length]} số ${count - i}`,
      url: `https://phuong.example.vn/tin-tuc/${count - i}`,
      summary: `Bản tin số ${count - i} của phường.`,
      publishedAt: new Date(Date.UTC(2024, 5, 30, 1, 30) - i * 86_400_000),
      // The most viewed is neither first nor last: it needs the whole archive to be found.
      views: i === Math.floor((count * 3) / 4) ? 99_999 : ((i * 37) % 101) * 10 + i,
      category: i % 7 === 3 ? 'Thông báo' : 'Tin tức - Sự kiện',
    };
  });
}

/** The wall-clock time of `date` in Hà Nội as a portal prints it: `21/08/2020 17:24`. */
function portalDate(date) {
  const local = new Date(date.getTime() + 7 * 3_600_000);
  const two = (n) => String(n).padStart(2, '0');
  return `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`;
}

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The `fields` that read a Vietnamese CMS's own JSON, item by item: this archive's custom pages, and
 * test/fixtures/sources/custom.json, which the standalone page reads.
 */
export const CUSTOM_ITEM_FIELDS = {
  items: 'data.danhSach',
  id: 'ma',
  title: 'tieuDe',
  url: 'duongDan',
  summary: 'tomTat',
  date: 'ngayDang',
  views: 'luotXem',
  category: 'chuyenMuc',
};

/** The `--fields` that read the custom source, with its paging. */
export const CUSTOM_FIELDS = { ...CUSTOM_ITEM_FIELDS, next: 'data.trangSau', total: 'data.tongSo' };

/** Page `page` (from 1) of `items` in `format`, `perPage` a page; RSS is one document. */
export function sourcePage(items, format, page, perPage = 7) {
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const more = page * perPage < items.length;
  switch (format) {
    case 'native':
      return {
        type: 'application/json',
        body: {
          title: 'Tin tức phường',
          total: items.length,
          ...(more ? { next: `native?page=${page + 1}` } : {}),
          items: slice.map((item) => ({ ...item, publishedAt: item.publishedAt.toISOString() })),
        },
      };
    case 'jsonfeed':
      return {
        type: 'application/feed+json',
        body: {
          version: 'https://jsonfeed.org/version/1.1',
          title: 'Tin tức phường',
          ...(more ? { next_url: `jsonfeed?page=${page + 1}` } : {}),
          items: slice.map((item) => ({
            id: item.id,
            url: item.url,
            title: item.title,
            summary: item.summary,
            date_published: item.publishedAt.toISOString(),
            _news: { views: item.views, category: item.category },
          })),
        },
      };
    case 'custom':
      return {
        type: 'application/json',
        body: {
          data: {
            tongSo: items.length,
            trangSau: more ? `custom?trang=${page + 1}` : null,
            danhSach: slice.map((item) => ({
              ma: item.id,
              tieuDe: item.title,
              duongDan: item.url,
              tomTat: item.summary,
              ngayDang: portalDate(item.publishedAt),
              luotXem: item.views,
              chuyenMuc: item.category,
            })),
          },
        },
      };
    case 'rss':
      return {
        type: 'application/rss+xml; charset=utf-8',
        body: `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Tin tức phường</title><link>https://phuong.example.vn/</link>
${items
  .map(
    (item) => `<item><title>${escapeXml(item.title)}</title><link>${item.url}</link><guid>${item.id}</guid>
<pubDate>${item.publishedAt.toUTCString()}</pubDate><category>${escapeXml(item.category)}</category>
<description>${escapeXml(item.summary)}</description></item>`,
  )
  .join('\n')}
</channel></rss>`,
      };
    default:
      throw new Error(`no such source format: ${format}`);
  }
}
