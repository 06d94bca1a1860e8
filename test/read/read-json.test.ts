// JSON exports: an array of objects, escaped strings, stray scalars, envelopes and broken files.
import { describe, expect, it } from 'vitest';
import { fixture, readAll, readFailure, scratchDirectory } from './harness.ts';

const scratch = scratchDirectory();

describe('reading a JSON export', () => {
  it('decodes \\uXXXX and \\/ escapes and numbers rows by position', async () => {
    const { records } = await readAll(fixture('20240108_20240114_info_list.json'));
    expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
    expect(records[0]).toMatchObject({
      kind: 'info_list',
      format: 'json',
      file: '20240108_20240114_info_list.json',
      fields: {
        tkcrd_nm: '[지출]급여및수당관리',
        title: '2024년 1월 시간외근무수당 지급(이*혁 외 12명)',
        url: 'https://opengov.seoul.go.kr/sanction/31301001',
      },
    });
  });

  it('turns numbers into their digits and null into an empty string', async () => {
    const { records } = await readAll(fixture('20240108_20240114_info_list.json'));
    expect(records[1]?.fields['doc_prdctn_dt']).toBe('20240109');
    expect(records[1]?.fields['othbc_se']).toBe('');
  });

  it('rejects an element that is not an object, by its position, and goes on', async () => {
    const { rejects } = await readAll(fixture('20240108_20240114_info_list.json'));
    expect(rejects).toEqual([
      {
        file: '20240108_20240114_info_list.json',
        line: 3,
        reason: 'element 3 is string, not an object',
      },
    ]);
  });

  it('reads a BOM-prefixed file with the array under one key, recognised by its columns', async () => {
    const { records } = await readAll(fixture('opengov_export_03.json'));
    expect(records.map((r) => [r.kind, r.line, r.fields['job_se']])).toEqual([
      ['research_list', 1, 'I'],
      ['research_list', 2, 'D'],
    ]);
  });

  it('reads the rows of the local-finance envelope', async () => {
    const row = { nid: '31277001', dept_nm_lvl_1: '서울특별시', exec_amount: 168000 };
    const envelope = {
      ListExpense: [
        { head: [{ list_total_count: 1 }, { RESULT: { CODE: 'INFO-000', MESSAGE: '정상' } }] },
        { row: [row] },
      ],
    };
    const path = await scratch('budget_2023.json', JSON.stringify(envelope));
    const { records } = await readAll(path);
    expect(records).toEqual([
      expect.objectContaining({
        kind: 'expense_list',
        line: 1,
        fields: { nid: '31277001', dept_nm_lvl_1: '서울특별시', exec_amount: '168000' },
      }),
    ]);
    const openApi = { SearchList: { list_total_count: 1, row: [row] } };
    const second = await readAll(await scratch('openapi.json', JSON.stringify(openApi)));
    expect(second.records).toHaveLength(1);
  });

  it('rejects fields it cannot keep exactly, naming the field', async () => {
    const text =
      '[{"package_id": 202401080000731123, "title": "a"},' +
      ' {"package_id": "202401080000732", "title": {"ko": "b"}},' +
      ' null, {"title": "c"}, {"package_id": "202401080000733", "title": "d"}]';
    const { records, rejects } = await readAll(await scratch('odd_info_list.json', text));
    expect(rejects.map((r) => [r.line, r.field, r.reason])).toEqual([
      [1, 'package_id', expect.stringMatching(/too large to be exact/)],
      [2, 'title', 'title holds an object, not a value'],
      [3, undefined, 'element 3 is null, not an object'],
      [4, 'package_id', 'record has no package_id'],
    ]);
    expect(records.map((r) => r.line)).toEqual([5]);
  });

  it('reads an empty array as no records', async () => {
    const { records, rejects } = await readAll(
      await scratch('20240101_20240107_info_list.json', '[]'),
    );
    expect([records, rejects]).toEqual([[], []]);
  });
});

describe('a JSON export that cannot be read', () => {
  it('is invalid: the error names the file, line and column', async () => {
    const text = '[\n  {"package_id": "1", "title": "가"},\n  {"package_id": "2" "title": "나"}\n]';
    const error = await readFailure(await scratch('20240115_20240121_info_list.json', text));
    expect(error).toMatchObject({ code: 'SOURCE_FILE', line: 3, column: 22 });
    expect(error.message).toMatch(
      /^20240115_20240121_info_list\.json: invalid JSON at line 3, column 22/,
    );
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  it('is cut short: the error points at the end', async () => {
    const text = '[\n  {"package_id": "1", "title": "가"},\n  {"package_id": ';
    const error = await readFailure(await scratch('cut_info_list.json', text));
    expect(error.line).toBe(3);
    expect(error.reason).toMatch(/Unexpected end of JSON input/);
  });

  it('is invalid where the parser gives no position', async () => {
    const error = await readFailure(await scratch('tru_info_list.json', '[{"a": tru}]'));
    expect(error.reason).toMatch(/^invalid JSON: /);
  });

  it('holds no record array', async () => {
    const text = '{"RESULT": {"CODE": "INFO-200", "MESSAGE": "해당하는 데이터가 없습니다."}}';
    const error = await readFailure(await scratch('none_info_list.json', text));
    expect(error.reason).toMatch(/expected an array of objects/);
  });

  it('has no records and a name that says nothing', async () => {
    const error = await readFailure(await scratch('export.json', '[]'));
    expect(error.reason).toMatch(/unrecognised source .*no columns/);
  });

  it('is not UTF-8', async () => {
    const bytes = Buffer.concat([
      Buffer.from('[\n{"title": "'),
      Buffer.from([0xbc, 0xad]),
      Buffer.from('"}]'),
    ]);
    const error = await readFailure(await scratch('cp949_info_list.json', bytes));
    expect(error.reason).toMatch(/not valid UTF-8 at line 2/);
  });
});
