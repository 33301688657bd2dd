// Report documents waiting to be printed, kept in memory and served from app://report/<token>, so the
// print window never loads a file:// or data: URL and nothing is written to disk.
import { randomUUID } from 'node:crypto';
import { APP_SCHEME, REPORT_HOST } from './security';

const TOKEN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export class ReportPageStore {
  private readonly pages = new Map<string, string>();

  /** Stores the document under a fresh unguessable token and returns the URL that serves it. */
  add(html: string): { token: string; url: string } {
    const token = randomUUID();
    this.pages.set(token, html);
    return { token, url: `${APP_SCHEME}://${REPORT_HOST}/${token}` };
  }

  get(token: string): string | undefined {
    return TOKEN.test(token) ? this.pages.get(token) : undefined;
  }

  delete(token: string): void {
    this.pages.delete(token);
  }

  get size(): number {
    return this.pages.size;
  }
}
