// happy-dom does no layout, so every element is 0 px high. Give the transactions table's scroll box a real
// height so the virtualiser has a viewport of `rows` rows.
import { afterEach, beforeEach } from 'vitest';
import { ROW_HEIGHT } from '../../../renderer/src/transactions/columns';

export function withTableViewport(rows: number): void {
  let desc: PropertyDescriptor | undefined;
  beforeEach(() => {
    desc = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('tx-scroll') ? rows * ROW_HEIGHT : 0;
      },
    });
  });
  afterEach(() => {
    if (desc) Object.defineProperty(HTMLElement.prototype, 'clientHeight', desc);
  });
}
