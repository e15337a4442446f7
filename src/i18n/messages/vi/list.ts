import type { FeedMessages } from '../../messages.js';

export const viList: FeedMessages = {
  feedLabel: 'Tin tức',
  loading: 'Đang tải tin…',
  empty: 'Chưa có tin nào.',
  errorNetwork: 'Không kết nối được tới nguồn tin.',
  errorSetup: 'Tiện ích tin tức chưa được cài đặt đầy đủ trên trang này.',
  retry: 'Thử lại',
  justNow: 'vừa xong',
  viewsOne: '{count} lượt xem',
  viewsOther: '{count} lượt xem',
  published: 'Ngày đăng',
  locked: 'Bài viết được bảo vệ bằng mật khẩu.',
};
