/** A file that cannot be imported at all. The message names the file and says why. */
export class ImportError extends Error {
  constructor(
    readonly fileName: string,
    readonly reason: string,
  ) {
    super(`${fileName}: ${reason}`);
    this.name = 'ImportError';
  }
}
