/**
 * Lines arrive as slices of the 64 KiB-1 MiB strings the reader decodes, and V8 keeps a slice's
 * whole parent alive. A value kept beyond its line (a map key, an example text) must therefore be
 * copied into a string of its own, or every retained recipient would pin a megabyte of log.
 */
export function own(s: string): string {
  // Concatenation makes a cons string; indexOf flattens it into a fresh sequential string of
  // this length only, and the slice then refers to that small copy, not to the line's chunk.
  const copy = `${s} `;
  void copy.indexOf('\u0000');
  return copy.slice(0, -1);
}
