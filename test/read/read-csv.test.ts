// CSV exports as the city sends them: BOM or not, CRLF or LF, quoted quotes and newlines, bad rows.
import { describe, expect, it } from 'vitest';
import { UnrecognisedSourceError } from '../../mappings/read/errors.ts';
import { fixture, readAll, readFailure, scratchDirectory } from './harness.ts';

const scratch = scratchDirectory();

describe('reading a CSV export', () => {
  it('reads a BOM + CRLF file, keeping quoted quotes and newlines inside the value', async () => {
    const { records, rejects } = await readAll(fixture('20240101_20240107_info_list.csv'));
    expect(records.map((r) => r.line)).toEqual([2, 3, 5, 7, 9]);
    const [first, multiLine] = records;
    expect(first).toMatchObject({ kind: 'info_list', format: 'csv' });
    expect(first?.file).toBe('20240101_20240107_info_list.csv');
    expect(Object.keys(first?.fields ?? {})[0]).toBe('package_id');
    expect(multiLine?.fields['title']).toBe(
      '신길동 151-** 일대 "임시" 도로점용 허가\r\n(공사용 가설울타리)',
    );
    expect(rejects).toEqual([
      { file: '20240101_20240107_info_list.csv', line: 6, reason: 'expected 11 columns, found 6' },
    ]);
  });

  it('keeps a column that is empty for the whole file, and values untrimmed', async () => {
    const { records } = await readAll(fixture('20240101_20240107_info_list.csv'));
    expect(records.map((r) => r.fields['othbc_se'])).toEqual(['', '', '', '', '']);
    expect(records.at(-1)?.fields['title']).toBe(' 2024년 기록물 정리 계획 ');
  });

  it('folds older spellings, keeps unknown columns and notices them once', async () => {
    const { records, rejects, notices } = await readAll(fixture('info_list.csv'));
    expect(Object.keys(records[0]?.fields ?? {})).toEqual([
      'package_id',
      'doc_prdctn_dt',
      'tkcrd_nm',
      'title',
      'src_dept_doc_no',
      'writer',
      'othbc_pd',
      'rspnber_dept_nm',
      'othbc_se',
      'cpyrht',
      'url',
      'rgst_ip',
    ]);
    expect(records[0]?.fields['rspnber_dept_nm']).toBe('복지정책과');
    expect(notices).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_COLUMNS', file: 'info_list.csv', field: 'rgst_ip' }),
    ]);
    expect(rejects).toEqual([
      { file: 'info_list.csv', line: 4, reason: 'expected 12 columns, found 13' },
    ]);
    expect(records.map((r) => r.line)).toEqual([2, 3, 5]);
  });

  it('keeps a stray quote inside an unquoted field as text', async () => {
    const { records } = await readAll(fixture('info_list.csv'));
    expect(records[1]?.fields['title']).toBe('미세먼지 "비상" 저감조치 결과 보고');
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])(
    'numbers rows by their first line with %s, across quoted blank lines and empty lines',
    async (_, eol) => {
      const lines = [
        'package_id,title',
        '1,"가',
        '',
        '나"',
        '',
        '2,다',
        '3,"라',
        '마"',
        '4,바',
        '',
      ];
      const path = await scratch(`lines_${_}_info_list.csv`, lines.join(eol));
      const { records } = await readAll(path);
      expect(records.map((r) => [r.line, r.fields['package_id']])).toEqual([
        [2, '1'],
        [6, '2'],
        [7, '3'],
        [9, '4'],
      ]);
      expect(records[0]?.fields['title']).toBe(`가${eol}${eol}나`);
    },
  );

  it('reads a header-only file as no records', async () => {
    const path = await scratch('20240101_20240107_org_chart.csv', 'org_code,org_nm\n');
    expect((await readAll(path)).records).toEqual([]);
  });

  it('honours --source for a file whose name says nothing', async () => {
    const path = await scratch('export.csv', 'org_code,org_nm\n6110000,서울특별시\n');
    const { records } = await readAll(path, { source: 'org_chart' });
    expect(records[0]).toMatchObject({ kind: 'org_chart', file: 'export.csv', line: 2 });
  });

  it('recognises a file by its columns', async () => {
    const { records } = await readAll(fixture('org_2024.csv'));
    expect(records.map((r) => r.kind)).toEqual(['org_chart', 'org_chart', 'org_chart']);
  });

  it('reads a large file whose Korean characters straddle stream chunks', async () => {
    const row = (n: number) =>
      `${202401020000000 + n},「서울형 키즈카페」 조성 사업 추진 계획 보고 ${n}`;
    const rows = Array.from({ length: 3000 }, (_, n) => row(n));
    const path = await scratch('big_info_list.csv', ['package_id,title', ...rows].join('\n'));
    const { records, rejects } = await readAll(path);
    expect(rejects).toEqual([]);
    expect(records).toHaveLength(3000);
    expect(records[2999]).toMatchObject({ line: 3001, fields: { title: row(2999).split(',')[1] } });
  });
});

describe('a CSV export that cannot be read', () => {
  it('is an empty file', async () => {
    const error = await readFailure(await scratch('20240101_20240107_info_list.csv', ''));
    expect(error).toMatchObject({ code: 'SOURCE_FILE', reason: 'empty file: no header row' });
  });

  it('lacks its key column', async () => {
    const error = await readFailure(fixture('_bad/20240122_20240128_public_list.csv'));
    expect(error).toMatchObject({
      code: 'SOURCE_FILE',
      file: '20240122_20240128_public_list.csv',
      field: 'nid',
      line: 0,
    });
    expect(error.message).toMatch(/^20240122_20240128_public_list\.csv: missing key column nid/);
  });

  it('is not UTF-8', async () => {
    const error = await readFailure(fixture('_bad/20240122_20240128_info_list_euckr.csv'));
    expect(error.reason).toMatch(/not valid UTF-8 at line 2 .*EUC-KR/);
  });

  it('turns out not to be UTF-8 far into the file, with the right line', async () => {
    const rows = Array.from({ length: 4000 }, (_, n) => `${n},청사 관리 계획 ${n}`);
    const bad = new Uint8Array([...Buffer.from('4000,'), 0xc3, 0xbb, 0xb0, 0xfc, 0x0a]);
    const good = Buffer.from(['package_id,title', ...rows, ''].join('\n'));
    const error = await readFailure(
      await scratch('late_info_list.csv', Buffer.concat([good, bad])),
    );
    expect(error.line).toBe(4002);
  });

  it('has an unclosed quote: named by the line the row starts on', async () => {
    const text = 'package_id,title\n1,정상\n\n2,"닫히지 않은 따옴표\n3,다음 행\n';
    const error = await readFailure(await scratch('quote_info_list.csv', text));
    expect(error).toMatchObject({ code: 'SOURCE_FILE', line: 4 });
    expect(error.reason).toMatch(/row starting at line 4/);
  });

  it('cannot be recognised', async () => {
    const error = await readFailure(fixture('_bad/unknown_export.csv'));
    expect(error.cause).toBeInstanceOf(UnrecognisedSourceError);
    expect(error.message).toMatch(/^unknown_export\.csv: unrecognised source .*번호, 제목, 등록일/);
  });

  it('does not exist', async () => {
    const error = await readFailure(fixture('no_such_info_list.csv'));
    expect(error.reason).toMatch(/cannot read file: ENOENT/);
  });
});
