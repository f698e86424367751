// Scratch buffers for the graph algorithms' temporary arrays. Most graphs here have a dozen nodes
// and are built by the hundred thousand; a typed array above 64 bytes costs an ArrayBuffer of its
// own, and such allocations were most of these functions' time (measured on the 10k catalogue).
// Each user holds its own buffer, so no two calls that may nest share one.

/** A function giving an array of at least `size` entries, reused across calls (contents undefined). */
export type Scratch<T = Int32Array> = (size: number) => T;

/** A scratch buffer of `make`'s kind that grows on demand and never shrinks. */
function createScratchOf<T extends { readonly length: number }>(make: new (length: number) => T): Scratch<T> {
  let buffer = new make(1024);
  return (size) => {
    if (buffer.length < size) buffer = new make(Math.max(size, 2 * buffer.length));
    return buffer;
  };
}

/** A scratch buffer of Int32Array. */
export const createScratch = (): Scratch => createScratchOf(Int32Array);

/** The same for bit rows (Uint32Array). */
export const createUintScratch = (): Scratch<Uint32Array> => createScratchOf(Uint32Array);
