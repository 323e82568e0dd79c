import { GuideError } from "../core/errors.js";

/** Limits of bounded inflation: a DOCX is refused as a zip bomb when one of them is passed. */
export interface ZipLimits {
  /** Most bytes all extracted entries together may inflate to. */
  maxTotalBytes: number;
  /** Most uncompressed:compressed ratio of an entry once it has inflated past `ratioFloorBytes`. */
  maxRatio: number;
  /** Entries smaller than this are never judged by their ratio (tiny XML compresses very well). */
  ratioFloorBytes: number;
}

/**
 * Real government DOCX inflate to a few MB of XML (the largest in ../shared/real-docs to ~5 MB) at
 * ratios of 5–30; deflate bombs reach ~1000 (refused past 100 once over 4 MB). These limits keep peak memory far below the 200 MB target.
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxTotalBytes: 96 * 1024 * 1024, maxRatio: 100, ratioFloorBytes: 4 * 1024 * 1024 };

/** One entry of the central directory. */
interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
  flags: number;
}

/** A zip archive opened for bounded reading of selected entries. */
export interface ZipReader {
  /** Entry names as stored. */
  names: string[];
  /** Inflate one entry (null when absent), counting its bytes against the archive's limits. */
  read(name: string): Promise<Uint8Array | null>;
}

const CHUNK = 16 * 1024;

/**
 * Open a zip archive from memory. Sizes in the headers are not trusted: every entry is inflated in
 * small chunks and reading stops as soon as the output passes a limit, so a bomb is never materialized.
 *
 * @throws GuideError "corrupt-file" when there is no readable central directory; "zip-bomb" from `read`.
 */
export function openZip(bytes: Uint8Array, path: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipReader {
  const entries = readCentralDirectory(bytes, path);
  const byName = new Map(entries.map((e) => [e.name, e]));
  let total = 0;
  return {
    names: entries.map((e) => e.name),
    async read(name) {
      const e = byName.get(name);
      if (!e) return null;
      const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const lo = e.localOffset;
      if (lo + 30 > bytes.length || dv.getUint32(lo, true) !== 0x04034b50) throw corrupt(path, `bad local header of ${name}`);
      const start = lo + 30 + dv.getUint16(lo + 26, true) + dv.getUint16(lo + 28, true);
      const end = start + e.compressedSize;
      if (end > bytes.length) throw corrupt(path, `truncated entry ${name}`);
      const data = bytes.subarray(start, end);
      if (e.flags & 1) throw corrupt(path, `encrypted entry ${name}`);
      if (e.method === 0) {
        total += data.length;
        if (total > limits.maxTotalBytes) throw new GuideError("zip-bomb", path, { limit: limits.maxTotalBytes });
        return data;
      }
      if (e.method !== 8) throw corrupt(path, `unsupported compression ${e.method} in ${name}`);
      const { Inflate } = await import("fflate");
      const parts: Uint8Array[] = [];
      let size = 0;
      let bomb = false;
      const inflater = new Inflate((chunk) => {
        if (bomb) return;
        size += chunk.length;
        if (
          total + size > limits.maxTotalBytes ||
          (size > limits.ratioFloorBytes && size > limits.maxRatio * Math.max(1, data.length))
        ) {
          bomb = true;
          parts.length = 0;
          return;
        }
        parts.push(chunk);
      });
      try {
        for (let off = 0; off < data.length && !bomb; off += CHUNK) {
          const last = off + CHUNK >= data.length;
          inflater.push(data.subarray(off, Math.min(off + CHUNK, data.length)), last);
        }
      } catch (err) {
        throw corrupt(path, `${name}: ${(err as Error).message}`);
      }
      if (bomb) throw new GuideError("zip-bomb", path, { limit: limits.maxTotalBytes });
      total += size;
      const out = new Uint8Array(size);
      let o = 0;
      for (const p of parts) {
        out.set(p, o);
        o += p.length;
      }
      return out;
    },
  };
}

function corrupt(path: string, detail: string): GuideError {
  return new GuideError("corrupt-file", path, { detail });
}

function readCentralDirectory(bytes: Uint8Array, path: string): ZipEntry[] {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22 || dv.getUint32(0, true) !== 0x04034b50) throw corrupt(path, "not a zip archive");
  // The end-of-central-directory record sits in the last 64 KB + 22 bytes (after an optional comment).
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) throw corrupt(path, "no end of central directory (truncated?)");
  const count = dv.getUint16(eocd + 10, true);
  let p = dv.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder("utf-8");
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || dv.getUint32(p, true) !== 0x02014b50) throw corrupt(path, "bad central directory");
    const flags = dv.getUint16(p + 8, true);
    const method = dv.getUint16(p + 10, true);
    const compressedSize = dv.getUint32(p + 20, true);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    const localOffset = dv.getUint32(p + 42, true);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    entries.push({ name, method, compressedSize, localOffset, flags });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}
