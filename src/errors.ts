/**
 * The system error code of a thrown value (`ENOENT`, `EACCES`, `ENOSPC` ...), or '' when it has
 * none. Node's fs, net and child_process errors carry it; everything else is just an error.
 */
export function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}
