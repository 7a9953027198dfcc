/**
 * The text of a file to import, in whatever encoding it was saved. Scraped Chinese pages are often
 * GBK/GB18030 or Big5; guessing wrong turns a policy into mojibake that still "imports", so the
 * encoding is detected, reported, and a file that is not text at all is refused.
 */
export type Decoded = { text: string; encoding: string } | { error: string };

/**
 * The most frequent Han characters of Chinese legal and web text, in simplified and traditional
 * forms: a decoding that produces many of them is the right one; a wrong one produces rare characters.
 */
const COMMON =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质信息隐私权护保政策用户账号帳戶資訊個隱護權們說對於與關處為條務務發當個這會時將從來應經濟聯繫';
const common = new Set(COMMON);

const candidates = ['gb18030', 'big5'] as const;

export function decodeInput(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAs(bytes.subarray(3), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs(bytes.subarray(2), 'utf-16be');
  if (looksBinary(bytes)) {
    return {
      error:
        'The file is not text (it holds NUL bytes or many control characters): it may be a PDF, a Word file or an image. Save the policy as .txt, .md or .html first.',
    };
  }
  const utf8 = decodeAs(bytes, 'utf-8');
  if ('text' in utf8) return utf8;
  const decoded = candidates
    .map((encoding) => decodeAs(bytes, encoding))
    .filter((d): d is { text: string; encoding: string } => 'text' in d)
    .map((d) => ({ ...d, score: commonShare(d.text) }))
    .sort((a, b) => b.score - a.score);
  const best = decoded[0];
  if (best === undefined || best.score < 0.05) {
    return {
      error:
        'The file is neither UTF-8 nor GB18030/GBK nor Big5 text that reads as Chinese. Convert it to UTF-8 first, e.g. `iconv -f <encoding> -t UTF-8`.',
    };
  }
  return { text: best.text, encoding: best.encoding };
}

function decodeAs(bytes: Uint8Array, encoding: string): Decoded {
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch {
    return { error: `not ${encoding}` };
  }
}

/** Share of Han characters in the text that are common ones. */
function commonShare(text: string): number {
  let han = 0;
  let hits = 0;
  for (const char of text) {
    if (!/\p{Script=Han}/u.test(char)) continue;
    han++;
    if (common.has(char)) hits++;
  }
  return han === 0 ? 0 : hits / han;
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}
