// budget_list (세출예산, local-finance format) → one plaza:BudgetLine (qb:Observation) per row, in
// the qb:DataSet of its fiscal year × budget phase. A line is keyed by account, department and
// detail project: `{year}/{phase}/{account}.{dept}.{detail}` (ontology/MODEL.md, Budget lines).
import { DataFactory } from 'n3';
import { dct, plaza, qb, rdf, skos } from '../src/vocab/namespaces.ts';
import type { MappingContext, SourceMapping } from './mapping.ts';
import {
  BUDGET_MEASURES,
  parseAccountType,
  parseBudgetAmount,
  parseBudgetCode,
  parseBudgetPhase,
  parseRealm,
  parseSector,
  UNNAMED_SECTORS,
  type AccountType,
  type BudgetPhase,
} from './parse/budget-codes.ts';
import { FieldReader } from './parse/field-reader.ts';
import { cleanText, optionalDate, parseYear, required, type LocalDate } from './parse/fields.ts';
import { budgetCodeAttempt, departmentCodeAttempt } from './policy/link-attempts.ts';
import { linkPolicyContext } from './policy/link-context.ts';
import { GraphBuilder } from './rdf/graph-builder.ts';

const literal = DataFactory.literal.bind(DataFactory);
const VERSION = 'budget_list@2';

export interface BudgetLineRecord {
  readonly year: string;
  readonly phase: BudgetPhase;
  readonly lineKey: string;
  readonly account: { readonly code: string; readonly name: string; readonly type: AccountType };
  readonly realm: string;
  readonly sector: string;
  readonly deptCode: string;
  readonly deptName: string;
  readonly programme: { readonly code: string; readonly name: string } | undefined;
  readonly unit: { readonly code: string; readonly name: string } | undefined;
  readonly detail: { readonly code: string; readonly name: string };
  /** Measure column → decimal text, for the amounts given. */
  readonly amounts: Readonly<Partial<Record<(typeof BUDGET_MEASURES)[number][0], string>>>;
  readonly asOf: LocalDate | undefined;
}

function optionalCode(f: FieldReader, code: string, name: string) {
  if (cleanText(f.raw(code)) === '') return undefined;
  const c = f.get(code, parseBudgetCode);
  return c === undefined ? undefined : { code: c, name: cleanText(f.raw(name)) };
}

const PHASE_KO: Readonly<Record<string, string>> = { original: '본예산', settlement: '결산' };
const PHASE_EN: Readonly<Record<string, string>> = {
  original: 'original budget',
  settlement: 'settlement',
};
const phaseKo = (p: BudgetPhase) => PHASE_KO[p] ?? `제${p.slice(-1)}회 추가경정예산`;
const phaseEn = (p: BudgetPhase) => PHASE_EN[p] ?? `supplementary budget ${p.slice(-1)}`;

export const budgetMapping: SourceMapping<BudgetLineRecord> = {
  kind: 'budget_list',
  version: VERSION,

  parse(fields) {
    const f = new FieldReader(fields);
    const year = f.get('accnut_year', parseYear);
    const phase = f.get('budget_phase', parseBudgetPhase);
    const accountCode = f.get('accnut_se_code', parseBudgetCode);
    const accountType = f.get('accnut_se_nm', parseAccountType);
    const realm = f.get('realm_code', parseRealm);
    const sector = f.get('sect_code', (field, v) => parseSector(field, v, realm));
    const deptCode = f.get('dept_code', parseBudgetCode);
    const programme = optionalCode(f, 'plcy_bsns_code', 'plcy_bsns_nm');
    const unit = optionalCode(f, 'unit_bsns_code', 'unit_bsns_nm');
    const detailCode = f.get('detail_bsns_code', parseBudgetCode);
    const detailName = f.get('detail_bsns_nm', required);
    const amounts: Record<string, string> = {};
    for (const [column] of BUDGET_MEASURES) {
      const value = f.get(column, parseBudgetAmount);
      if (value !== undefined) amounts[column] = value;
    }
    const asOf = f.get('excut_de', optionalDate);
    f.finish();
    const lineKey = `${accountCode as string}.${deptCode as string}.${detailCode as string}`;
    return {
      key: `${String(year)}/${phase as string}/${lineKey}`,
      op: 'upsert',
      record: {
        year: String(year),
        phase: phase as BudgetPhase,
        lineKey,
        account: {
          code: accountCode as string,
          name: cleanText(fields['accnut_se_nm']),
          type: accountType as AccountType,
        },
        realm: realm as string,
        sector: sector as string,
        deptCode: deptCode as string,
        deptName: cleanText(fields['dept_nm']),
        programme,
        unit,
        detail: { code: detailCode as string, name: detailName as string },
        amounts,
        asOf,
      },
    };
  },

  subject(key, iri) {
    const [year = '', phase = '', line = ''] = key.split('/');
    return iri.budgetLine(year, phase, line);
  },

  map(rec, meta, ctx) {
    const s = this.subject(meta.key, ctx.iri);
    const g = new GraphBuilder(s, meta, ctx);
    const dataset = ctx.iri.budgetDataset(rec.year, rec.phase);
    g.record(
      [plaza('BudgetLine'), qb('Observation')],
      'budget-line',
      meta.key,
      rec.detail.name,
      VERSION,
    );
    g.add(s, qb('dataSet'), dataset);
    g.typed(s, plaza('fiscalYear'), rec.year, 'gYear');
    g.add(s, plaza('budgetPhase'), ctx.iri.concept('budget-phase', rec.phase));
    g.add(s, plaza('budgetAccount'), account(g, rec));
    // A sector the code list leaves unnamed has no concept: the line is classified by its field.
    const functionCode = UNNAMED_SECTORS.has(rec.sector) ? rec.realm : rec.sector;
    if (functionCode !== rec.sector) {
      g.notice(
        'sect_code',
        `부문 ${rec.sector} has no concept in the budget-function scheme; classified by 분야 ${rec.realm}`,
      );
    }
    const fn = ctx.iri.concept('budget-function', functionCode);
    g.add(s, plaza('functionalClassification'), fn);
    g.add(s, dct('subject'), fn);
    organisation(g, rec, ctx);
    if (rec.programme) {
      g.text(s, plaza('budgetProgrammeCode'), rec.programme.code);
      g.text(s, plaza('budgetProgrammeName'), rec.programme.name, 'ko');
    }
    if (rec.unit) {
      g.text(s, plaza('budgetUnitCode'), rec.unit.code);
      g.text(s, plaza('budgetUnitName'), rec.unit.name, 'ko');
    }
    g.text(s, plaza('budgetProjectCode'), rec.detail.code);
    // The detail project (세부사업) code names the project, else the 정책사업 code its programme.
    linkPolicyContext(g, [
      budgetCodeAttempt(ctx, 'detail_bsns_code', rec.detail.code),
      ...(rec.programme ? [budgetCodeAttempt(ctx, 'plcy_bsns_code', rec.programme.code)] : []),
      // A running-cost line (행정운영경비) serves what its department runs, when that is one thing.
      departmentCodeAttempt(ctx, 'dept_code', rec.deptCode, rec.asOf),
    ]);
    for (const [column, property] of BUDGET_MEASURES)
      g.typed(s, plaza(property), rec.amounts[column], 'decimal');
    g.add(s, plaza('currency'), literal('KRW'));
    g.date(s, dct('date'), rec.asOf);
    g.disclosure({ grade: 'public', items: [] }, rec.asOf);

    // The data set is described once, in its own graph; every line only points at it.
    const d = g.shared(dataset);
    d.add(dataset, rdf('type'), qb('DataSet'));
    d.add(dataset, qb('structure'), plaza('BudgetStructure'));
    d.add(dataset, dct('identifier'), literal(`${rec.year}/${rec.phase}`));
    d.add(dataset, dct('title'), literal(`${rec.year}년 ${phaseKo(rec.phase)} 세출예산`, 'ko'));
    d.add(
      dataset,
      dct('title'),
      literal(`${rec.year} expenditure budget, ${phaseEn(rec.phase)}`, 'en'),
    );
    d.typed(dataset, plaza('fiscalYear'), rec.year, 'gYear');
    d.add(dataset, plaza('budgetPhase'), ctx.iri.concept('budget-phase', rec.phase));
    d.add(dataset, plaza('currency'), literal('KRW'));
    return g.result();
  },
};

/** The account as a concept of the budget-account scheme, under its type (일반/특별회계, 기금). */
function account(g: GraphBuilder, rec: BudgetLineRecord) {
  const concept = g.iri.concept('budget-account', rec.account.code);
  const c = g.shared(concept);
  c.add(concept, rdf('type'), skos('Concept'));
  c.add(concept, skos('prefLabel'), literal(rec.account.name, 'ko'));
  c.add(concept, skos('notation'), literal(rec.account.code));
  c.add(concept, skos('inScheme'), g.iri.scheme('budget-account'));
  c.add(concept, skos('broader'), g.iri.concept('budget-account', rec.account.type));
  return concept;
}

/** The department by its code (the source states it); a code the chart lacks is reported. */
function organisation(g: GraphBuilder, rec: BudgetLineRecord, ctx: MappingContext): void {
  g.add(g.subject, plaza('budgetOrganization'), ctx.iri.org(rec.deptCode));
  g.text(g.subject, plaza('departmentName'), rec.deptName, 'ko');
  if (ctx.orgs.unit(rec.deptCode) === undefined) {
    g.notice('dept_code', `department code ${rec.deptCode} is not in the organisation chart`);
  }
}
