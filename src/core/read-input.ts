import { open, readFile, stat } from "node:fs/promises";
import { extname, resolve } from "node:path";
import { GuideError } from "./errors.js";

/** Default size limit of an input file: 20 MB (SPEC "enormous files (a stated size limit)"). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Extensions `guide parse` accepts as notices. */
export const NOTICE_EXTENSIONS = [".txt", ".md", ".text", ".pdf", ".docx", ".html", ".htm"] as const;

/** Extensions `guide validate` accepts as parsed guides. */
export const GUIDE_EXTENSIONS = [".yaml", ".yml", ".json"] as const;

/** Old binary office formats: users can fix these themselves by "save as". */
export const LEGACY_OFFICE = new Set([".doc", ".wps", ".wpt", ".dot", ".et", ".xls", ".ppt", ".dps"]);
const IMAGES = new Set([".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".heic", ".svg"]);

/** Options of readInput. */
export interface ReadInputOptions {
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** Refuse files larger than this many bytes (default DEFAULT_MAX_BYTES). */
  maxBytes?: number;
  /** Accepted extensions, lower case with the dot (default NOTICE_EXTENSIONS). */
  extensions?: readonly string[];
}

/** A file read into memory. */
export interface InputFile {
  /** The path as the user gave it: used in messages and in `source.path`. */
  path: string;
  /** Absolute path. */
  absPath: string;
  bytes: Uint8Array;
}

/**
 * Read an input file after the checks that need no parsing: existence, directory, extension, size,
 * readability and zero length. Every failure is a GuideError naming `path` as the user typed it.
 */
export async function readInput(path: string, options: ReadInputOptions): Promise<InputFile> {
  const absPath = resolve(options.cwd, path);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const extensions = options.extensions ?? NOTICE_EXTENSIONS;

  let size: number;
  try {
    const st = await stat(absPath);
    if (st.isDirectory()) throw new GuideError("is-directory", path);
    size = st.size;
  } catch (err) {
    throw toInputError(err, path);
  }

  const ext = extname(path).toLowerCase();
  if (!extensions.includes(ext)) {
    if (LEGACY_OFFICE.has(ext)) throwIfMisnamed(await readHead(absPath), path, ext);
    throw unsupported(path, ext, extensions);
  }
  // Checked before reading so that a 2 GB file is refused without being loaded.
  if (size > maxBytes) throw new GuideError("too-large", path, { size, limit: maxBytes });

  let bytes: Uint8Array;
  try {
    bytes = await readFile(absPath);
  } catch (err) {
    throw toInputError(err, path);
  }
  return { path, absPath, bytes: checkedBytes(bytes, path, maxBytes) };
}

/** `-` on the command line: read standard input (`guide parse -`, `guide check -`). */
export const STDIN_ARGUMENT = "-";

/** What a file read from standard input is called in messages and reports without --stdin-filename. */
export const STDIN_PATH = "<stdin>";

/** Standard input: process.stdin, or chunks given by a caller (tests, the library). */
export type StdinStream = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

/** Input formats, as the ingest adapters name them. */
export type InputFormat = "txt" | "md" | "pdf" | "docx" | "html";

/** Standard input held in memory: the path it is reported under and the format it is read as. */
export interface StdinInput {
  /** --stdin-filename, or STDIN_PATH. */
  path: string;
  /** The format: from --stdin-filename's extension, else told by the bytes (a PDF or a Word file can be piped too). */
  format: InputFormat;
  bytes: Uint8Array;
}

/**
 * Read standard input whole, refusing more than `maxBytes` as soon as it is exceeded. The format is the
 * extension of `filename` when it names one `guide` reads; otherwise it is told by the bytes: `%PDF-` is a
 * PDF, a zip is a Word file, `<html` or `<!doctype html` is HTML, anything else text.
 */
export async function readStdin(stream: StdinStream, filename: string | undefined, maxBytes = DEFAULT_MAX_BYTES): Promise<StdinInput> {
  const path = filename ?? STDIN_PATH;
  // a terminal would wait for typing that never comes: `-` means a pipe or a redirect
  if ((stream as { isTTY?: boolean }).isTTY === true) throw new GuideError("usage", "", { problem: "stdinTerminal" });
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
    size += bytes.length;
    if (size > maxBytes) throw new GuideError("too-large", path, { size, limit: maxBytes });
    chunks.push(bytes);
  }
  const bytes = checkedBytes(Buffer.concat(chunks), path, maxBytes);
  const ext = extname(filename ?? "").toLowerCase();
  if (filename !== undefined && ext !== "" && !(NOTICE_EXTENSIONS as readonly string[]).includes(ext)) {
    if (LEGACY_OFFICE.has(ext)) throwIfMisnamed(bytes, path, ext);
    throw unsupported(path, ext, NOTICE_EXTENSIONS);
  }
  return { path, format: formatOfPath(path) ?? sniffFormat(bytes), bytes };
}

const FORMAT_OF_EXTENSION: Record<string, InputFormat> = {
  ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html",
};

/** The format a file's extension names (the ingest adapter that reads it), or null for any other extension. */
export function formatOfPath(path: string): InputFormat | null {
  return FORMAT_OF_EXTENSION[extname(path).toLowerCase()] ?? null;
}

function sniffFormat(bytes: Uint8Array): InputFormat {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  if (head.startsWith("%PDF-")) return "pdf";
  // a zip is a Word package; an OLE file too, at least by its name (an old .doc renamed: the DOCX reader says so)
  if (head.startsWith("PK\x03\x04") || head.startsWith("\xd0\xcf\x11\xe0")) return "docx";
  if (/^\s*<(!doctype\s+html|html)/i.test(head)) return "html";
  return "txt";
}

function unsupported(path: string, ext: string, allowed: readonly string[]): GuideError {
  const kind = LEGACY_OFFICE.has(ext) ? "legacy-office" : IMAGES.has(ext) ? "image" : "other";
  return new GuideError("unsupported-type", path, { ext, kind, allowed: allowed.join(" ") });
}

/** A file named .doc/.wps/… that is really a DOCX or a PDF (renamed by hand, or saved by a web form) is told so. */
function throwIfMisnamed(head: Uint8Array, path: string, ext: string): void {
  const magic = Buffer.from(head.subarray(0, 5)).toString("latin1");
  if (magic.startsWith("PK\x03\x04")) throw new GuideError("misnamed-file", path, { ext, actual: "DOCX", fix: ".docx" });
  if (magic === "%PDF-") throw new GuideError("misnamed-file", path, { ext, actual: "PDF", fix: ".pdf" });
}

async function readHead(absPath: string): Promise<Uint8Array> {
  const handle = await open(absPath, "r").catch(() => null);
  if (handle === null) return new Uint8Array(0);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(8), 0, 8, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function checkedBytes(bytes: Uint8Array, path: string, maxBytes: number): Uint8Array {
  if (bytes.length > maxBytes) throw new GuideError("too-large", path, { size: bytes.length, limit: maxBytes });
  if (bytes.length === 0) throw new GuideError("empty-file", path);
  return bytes;
}

function toInputError(err: unknown, path: string): GuideError {
  if (err instanceof GuideError) return err;
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return new GuideError("file-not-found", path);
  if (code === "EISDIR") return new GuideError("is-directory", path);
  return new GuideError("file-unreadable", path, { detail: code ?? String((err as Error)?.message ?? err) });
}
