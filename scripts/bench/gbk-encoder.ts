// GBK encoder for the benchmark's generated catalogues. Node ships only GBK *decoders*, so the
// table is built by inverting the WHATWG `gbk` TextDecoder over every 2-byte sequence
// (lead 0x81–0xFE, trail 0x40–0xFE except 0x7F, the GBK code space).

let table: Map<string, number> | undefined;

function buildTable(): Map<string, number> {
  const map = new Map<string, number>();
  const decoder = new TextDecoder('gbk');
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      const ch = decoder.decode(pair);
      // Several byte pairs can decode to the same private-use or replacement char; keep the first.
      if (ch.length === 1 && ch !== '\uFFFD' && !map.has(ch)) map.set(ch, (lead << 8) | trail);
    }
  }
  return map;
}

/**
 * Encodes text as GBK. ASCII passes through; every other character must be in GBK's 2-byte
 * space, else this throws (the generator only writes characters it can round-trip).
 */
export function encodeGbk(text: string): Uint8Array {
  table ??= buildTable();
  const out = new Uint8Array(text.length * 2);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      out[n++] = code;
      continue;
    }
    const bytes = table.get(text[i] ?? '');
    if (bytes === undefined) throw new Error(`character ${JSON.stringify(text[i])} (U+${code.toString(16)}) has no GBK encoding`);
    out[n++] = bytes >> 8;
    out[n++] = bytes & 0xff;
  }
  return out.subarray(0, n);
}
