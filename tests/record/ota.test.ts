import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const dist = inject('sites').sample;
const ota = join(dist, 'open-terms-archive');

describe('the Open Terms Archive dataset of the sample site', () => {
  it('holds every version that took effect, by service and terms type, and none still announced', () => {
    expect(readdirSync(join(ota, '1号店', 'Privacy Policy')).sort()).toEqual([
      '2017-09-01T00-00-00Z.md',
      '2023-03-01T00-00-00Z.md',
    ]);
    expect(readdirSync(ota).sort()).toEqual(
      ['1号店', 'README.md', '嘉品云市', '新日升分销平台', '车服到家', '贝业'].sort(),
    );
    const text = readFileSync(join(ota, '1号店', 'Privacy Policy', '2023-03-01T00-00-00Z.md'), 'utf8');
    expect(text.startsWith('# 隐私政策声明\n\n我们注重对您个人隐私的保护。')).toBe(true);
    expect(existsSync(join(ota, 'README.md'))).toBe(true);
  });
});
