import type { FeedExtrasMessages } from '../messages.js';

export const viExtras: FeedExtrasMessages = {
  loadMore: 'Xem thêm',
  pagerLabel: 'Phân trang',
  previousPage: 'Trang trước',
  nextPage: 'Trang sau',
  pageOf: 'Trang {page} / {pages}',
  searchLabel: 'Tìm kiếm tin',
  searchPlaceholder: 'Nhập từ khoá, ví dụ: quận uỷ',
  resultsOne: '{count} kết quả',
  resultsOther: '{count} kết quả',
  noResults: 'Không tìm thấy tin phù hợp.',
  categoriesLabel: 'Chuyên mục',
  allCategories: 'Tất cả',
  tickerLabel: 'Tin nổi bật',
  pauseTicker: 'Tạm dừng',
  playTicker: 'Chạy tiếp',
  archiveReading: 'Đang đọc thêm tin của nguồn ({count} tin)…',
  archiveCoveredAll: 'Đã xét toàn bộ {count} tin của nguồn.',
  archiveCoveredPart: 'Chỉ xét {count} tin mới nhất của nguồn.',
  archiveCoveredPartOfTotal: 'Chỉ xét {count} tin mới nhất trong {total} tin của nguồn.',
};
