// A generated Revolut statement with three months of ordinary life and then a night that looks like an
// account takeover: large transfers at 03:00 to payees never paid before, draining the balance.
export function takeoverStatement(): string {
  const rows = ['Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance'];
  let balance = 400000;
  const push = (type: string, when: string, who: string, minor: number): void => {
    balance += minor;
    const amt = (minor / 100).toFixed(2);
    rows.push(`${type},Current,${when},${when},${who},${amt},0.00,EUR,COMPLETED,${(balance / 100).toFixed(2)}`);
  };
  const day0 = Date.UTC(2024, 0, 1);
  const shops = ['Corner Cafe', 'Grocer', 'Bakery', 'Metro'];
  for (let d = 0; d < 90; d++) {
    const date = new Date(day0 + d * 86400000).toISOString().slice(0, 10);
    if (d % 30 === 0) push('TOPUP', `${date} 09:00:00`, 'Salary', 250000);
    shops.forEach((s, i) => {
      if ((d + i) % 2 === 0) push('CARD_PAYMENT', `${date} ${String(8 + i * 3).padStart(2, '0')}:1${i}:00`, s, -(300 + ((d * 37 + i * 101) % 2500)));
    });
  }
  const night = new Date(day0 + 90 * 86400000).toISOString().slice(0, 10);
  push('TRANSFER', `${night} 03:02:00`, 'To A. Stranger', -300000);
  push('TRANSFER', `${night} 03:05:00`, 'To B. Unknown', -250000);
  push('TRANSFER', `${night} 03:09:00`, 'To C. Nobody', -200000);
  return `${rows.join('\n')}\n`;
}
