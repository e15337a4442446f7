export type PageSlot = number | 'gap';

/**
 * The page buttons to show: always the first and last page, the current one with `around` neighbours on
 * each side, and a gap (an ellipsis) for each run of pages left out. A gap never stands for one page alone.
 */
export function pageNumbers(current: number, count: number, around = 1): PageSlot[] {
  const shown = new Set<number>([1, count]);
  for (let page = current - around; page <= current + around; page++)
    if (page >= 1 && page <= count) shown.add(page);
  const sorted = [...shown].filter((page) => page >= 1).sort((a, b) => a - b);
  const slots: PageSlot[] = [];
  sorted.forEach((page, i) => {
    const previous = sorted[i - 1];
    if (previous !== undefined && page - previous === 2) slots.push(previous + 1);
    else if (previous !== undefined && page - previous > 2) slots.push('gap');
    slots.push(page);
  });
  return slots;
}
