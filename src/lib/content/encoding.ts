import { isUtf8 } from 'node:buffer';
import { problem, type Problem } from '../problem.ts';

/**
 * A content file as text. Only clean UTF-8 is accepted: the published SHA-256 of a version is of its
 * bytes, so a byte-order mark or a legacy encoding is an error to fix, not something to guess.
 */
export function decodeText(bytes: Buffer, file: string, problems: Problem[]): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    problems.push(
      problem(
        'encoding',
        file,
        'The file starts with a byte-order mark (BOM).',
        'Save it as UTF-8 without BOM; most editors offer this in "Save with encoding".',
        { line: 1, column: 1 },
      ),
    );
    return undefined;
  }
  // Checked, then decoded, natively: several times faster than a fatal TextDecoder on a build's first file.
  if (isUtf8(bytes)) return bytes.toString('utf8');
  const bad = firstInvalidUtf8(bytes);
  const line = bytes.subarray(0, bad).toString('latin1').split('\n').length;
  problems.push(
    problem(
      'encoding',
      file,
      'The file is not valid UTF-8 text (it may be saved as GBK/GB2312 or another legacy encoding).',
      'Re-save it as UTF-8, e.g. `iconv -f GBK -t UTF-8 old.mdx > new.mdx`, or import it with `privacy-center import`, which detects the encoding.',
      { line },
    ),
  );
  return undefined;
}

/** Offset of the first byte that breaks UTF-8, so the error can name a line. */
function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length =
      lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return i;
}
