// Scratch buffers for the graph algorithms' temporary arrays. Most graphs here have a dozen nodes
// and are built by the hundred thousand; a typed array above 64 bytes costs an ArrayBuffer of its
// own, and such allocations were most of these functions' time (measured on the 10k catalogue).
// Each user holds its own buffer, so no two calls that may nest share one.

/** A function giving an Int32Array of at least `size` entries, reused across calls (contents undefined). */
export type Scratch = (size: number) => Int32Array;

/** A scratch buffer that grows on demand and never shrinks. */
export function createScratch(): Scratch {
  let buffer = new Int32Array(1024);
  return (size) => {
    if (buffer.length < size) buffer = new Int32Array(Math.max(size, 2 * buffer.length));
    return buffer;
  };
}

/** The same for bit rows (Uint32Array). */
export function createUintScratch(): (size: number) => Uint32Array {
  let buffer = new Uint32Array(1024);
  return (size) => {
    if (buffer.length < size) buffer = new Uint32Array(Math.max(size, 2 * buffer.length));
    return buffer;
  };
}
