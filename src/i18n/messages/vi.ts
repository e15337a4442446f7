import type { FeedMessages } from '../messages.js';

export const vi: FeedMessages = {
  feedLabel: 'Tin tức',
  loading: 'Đang tải tin…',
  empty: 'Chưa có tin nào.',
  errorNetwork: 'Không kết nối được tới nguồn tin.',
  errorTimeout: 'Nguồn tin phản hồi quá lâu.',
  errorHttp: 'Nguồn tin báo lỗi {status}.',
  errorParse: 'Dữ liệu của nguồn tin bị lỗi, không đọc được.',
  errorFormat: 'Không nhận ra định dạng của nguồn tin.',
  updatedAt: 'Cập nhật lúc {time}',
  staleNotice: 'Chưa tải được tin mới.',
  retry: 'Thử lại',
  justNow: 'vừa xong',
  viewsOne: '{count} lượt xem',
  viewsOther: '{count} lượt xem',
  published: 'Ngày đăng',
};
