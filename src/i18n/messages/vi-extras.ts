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
  previousHeadline: 'Tin trước',
  nextHeadline: 'Tin sau',
  headlineOf: '{index}/{count}',
  playTicker: 'Chạy tiếp',
};
