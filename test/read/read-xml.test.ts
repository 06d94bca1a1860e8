// XML exports: <data><Document0>…</data> with numeric character references and empty elements.
import { describe, expect, it } from 'vitest';
import { fixture, readAll, readFailure, scratchDirectory } from './harness.ts';

const scratch = scratchDirectory();

const xmlExport = (documents: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<data>\n${documents}\n</data>\n`;

describe('reading an XML export', () => {
  it('reads Document0…Document10 in document order, numbering them by position', async () => {
    const { records, rejects } = await readAll(fixture('20240115_20240121_info_list.xml'));
    expect(rejects).toEqual([]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(records.map((r) => Number(r.fields['package_id']) - 202401150001000)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    expect(records[0]).toMatchObject({ kind: 'info_list', format: 'xml' });
  });

  it('decodes hex and decimal character references and the XML entities', async () => {
    const { records } = await readAll(fixture('20240115_20240121_info_list.xml'));
    const titles = records.map((r) => r.fields['title']);
    expect(titles[0]).toBe('2024년 청렴 교육 계획'); // hex references
    expect(titles[1]).toBe('노후 하수관로 정비 & 보수 공사'); // decimal references, &amp;
    expect(titles[2]).toBe('『산성OO』 주민설명회 개최');
    expect(titles[3]).toBe('공무직 채용 <서류전형> 결과');
    expect(records[1]?.fields['rspnber_dept_nm']).toBe('행정과');
  });

  it('reads empty elements as empty strings', async () => {
    const { records } = await readAll(fixture('20240115_20240121_info_list.xml'));
    expect(records[0]?.fields['othbc_se']).toBe('');
    expect(records[0]?.fields['cpyrht']).toBe('');
    const expense = await readAll(fixture('budget_exec_2023_12.xml'));
    expect(expense.records[0]?.fields['dept_nm_lvl_4']).toBe('');
  });

  it('recognises a pretty-printed file by its columns', async () => {
    const { records } = await readAll(fixture('budget_exec_2023_12.xml'));
    expect(records.map((r) => [r.kind, r.line, r.fields['payment_method']])).toEqual([
      ['expense_list', 1, '카드'],
      ['expense_list', 2, '제로페이'],
    ]);
    expect(records[1]?.fields['target_nm']).toBe('소방위 김희준외 8명');
  });

  it('keeps values as strings, untrimmed, whatever the element names and their order', async () => {
    const documents = [
      '<Document1><package_id>00123</package_id><title>  「공고」 </title></Document1>',
      '<row><package_id>1.50</package_id><title><![CDATA[a & <b>]]></title></row>',
      '<Document0><package_id>true</package_id><title>문화<b>예술</b> 지원</title></Document0>',
      '<row><package_id>4</package_id><title>&#x1F4E2; 알림&#10;둘째 줄</title></row>',
    ].join('\n');
    const { records } = await readAll(await scratch('order_info_list.xml', xmlExport(documents)));
    expect(records.map((r) => [r.line, r.fields['package_id'], r.fields['title']])).toEqual([
      [1, '00123', '  「공고」 '],
      [2, '1.50', 'a & <b>'],
      [3, 'true', '문화예술 지원'],
      [4, '4', '📢 알림\n둘째 줄'],
    ]);
  });

  it('decodes each reference once: an escaped reference stays text', async () => {
    const documents =
      '<Document0><package_id>1</package_id><title>&amp;#xAC00; &#38;amp;</title></Document0>';
    const { records } = await readAll(await scratch('once_info_list.xml', xmlExport(documents)));
    expect(records[0]?.fields['title']).toBe('&#xAC00; &amp;');
  });

  it('rejects a record that gives a field twice, and goes on', async () => {
    const documents =
      '<Document0><package_id>1</package_id><title>가</title><title>나</title></Document0>\n' +
      '<Document1><package_id>2</package_id><title>다</title></Document1>';
    const { records, rejects } = await readAll(
      await scratch('twice_info_list.xml', xmlExport(documents)),
    );
    expect(rejects).toEqual([
      {
        file: 'twice_info_list.xml',
        line: 1,
        field: 'title',
        reason: '<title> appears twice in <Document0>',
      },
    ]);
    expect(records.map((r) => r.line)).toEqual([2]);
  });

  it('does not expand a DOCTYPE entity bomb', async () => {
    let dtd = '<!ENTITY a0 "가나다라마바사아자차">';
    for (let i = 1; i < 10; i++) dtd += `<!ENTITY a${i} "${`&a${i - 1};`.repeat(10)}">`;
    const text = `<?xml version="1.0"?><!DOCTYPE data [${dtd}]><data><D><package_id>1</package_id><title>&a9;</title></D></data>`;
    const { records } = await readAll(await scratch('bomb_info_list.xml', text));
    expect(records[0]?.fields['title']?.length).toBeLessThan(1000);
  });
});

describe('an XML export that cannot be read', () => {
  it('is malformed: the error names the file and the line', async () => {
    const error = await readFailure(fixture('_bad/20240122_20240128_info_list.xml'));
    expect(error).toMatchObject({
      code: 'SOURCE_FILE',
      file: '20240122_20240128_info_list.xml',
      line: 4,
    });
    expect(error.message).toMatch(
      /^20240122_20240128_info_list\.xml: invalid XML at line 4, column \d+: .*'title'/,
    );
  });

  it('has an unescaped ampersand', async () => {
    const documents = '<Document0><package_id>1</package_id>\n<title>R&D 사업</title></Document0>';
    const error = await readFailure(await scratch('amp_info_list.xml', xmlExport(documents)));
    expect(error.line).toBe(4);
  });

  it('has two root elements', async () => {
    const text = '<data><Document0><package_id>1</package_id></Document0></data><data/>';
    const error = await readFailure(await scratch('roots_info_list.xml', text));
    expect(error.reason).toBe('expected one root element, found 2');
  });
});
