import type { FailureMessages } from '../../messages.js';

export const viFailures: FailureMessages = {
  errorTimeout: 'Nguồn tin phản hồi quá lâu.',
  errorHttp: 'Nguồn tin báo lỗi {status}.',
  errorParse: 'Dữ liệu của nguồn tin bị lỗi, không đọc được.',
  errorFormat: 'Không nhận ra định dạng của nguồn tin.',
  updatedAt: 'Cập nhật lúc {time}',
  staleNotice: 'Chưa tải được tin mới.',
};
