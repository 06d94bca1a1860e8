// Speaker turns in the register of Korean committee minutes, with a few personal details that
// citizens really do say aloud (a mobile number, a neighbour's name and lot address): PII traps.
import { personName } from '../people.ts';
import type { Rng } from '../prng.ts';
import type { AttendeeJson, TurnJson } from '../../../mappings/meeting/meeting-document.ts';

const QUESTIONS = [
  '사업 대상지 선정 기준이 무엇인지 설명해 주시기 바랍니다.',
  '작년 대비 예산이 늘었는데 성과 지표는 어떻게 관리하실 계획입니까?',
  '자치구와의 역할 분담이 명확하지 않아 보입니다. 보완이 필요합니다.',
  '시민 의견 수렴 절차를 거쳤는지 궁금합니다.',
  '유사 사업과 중복되지 않도록 조정해 주셨으면 합니다.',
  '추진 일정이 다소 촉박해 보이는데 현실적인지 검토해 주십시오.',
];

const ANSWERS = [
  '말씀하신 부분은 자치구 수요 조사를 거쳐 기준을 마련하였습니다.',
  '성과 지표는 분기별로 점검하여 다음 회의에 보고드리겠습니다.',
  '관계 부서와 협의하여 역할 분담안을 보완하겠습니다.',
  '온라인 설문과 주민설명회를 통해 의견을 수렴하였습니다.',
  '지적하신 사항을 반영하여 계획을 수정하겠습니다.',
];

const COMMENTS = [
  '관련 부서 간 협업 체계를 갖추어 추진하겠습니다.',
  '재원 확보 방안도 함께 검토하고 있습니다.',
  '위원님들 의견을 충분히 반영하겠습니다.',
];

/** A personal detail a citizen says aloud; the redactor's PII detector must find it. */
function trapSentence(rng: Rng): { text: string; kind: string } {
  switch (rng.int(0, 2)) {
    case 0:
      return {
        text: `관련 민원인께서 제 휴대전화 010-${rng.digits(4)}-${rng.digits(4)}로 여러 차례 연락을 주셨습니다.`,
        kind: 'mobile phone number',
      };
    case 1:
      return {
        text: `○○구 ○○동 ${rng.int(10, 499)}-${rng.int(1, 40)}에 사시는 ${personName(rng)} 씨의 민원도 같은 내용이었습니다.`,
        kind: 'private person’s name and lot address',
      };
    default:
      return {
        text: `자료는 제 개인 메일 ${['sjkim', 'parkhy', 'leemj', 'choiyr'][rng.int(0, 3)]}${rng.digits(2)}@example.kr로 보내 주시면 됩니다.`,
        kind: 'personal e-mail address',
      };
  }
}

export interface ItemTurns {
  readonly order: number;
  readonly title: string;
  readonly statement: string;
}

export interface MinutesPlan {
  readonly turns: TurnJson[];
  /** 1-based positions of turns carrying a PII trap, with what it is. */
  readonly traps: { readonly position: number; readonly kind: string }[];
}

const say = (who: AttendeeJson, text: string): TurnJson => ({
  speaker_role: who.role,
  speaker_name: who.name,
  text,
});

export function minutesTurns(
  title: string,
  chair: AttendeeJson,
  secretary: AttendeeJson,
  citizens: readonly AttendeeJson[],
  staff: readonly AttendeeJson[],
  items: readonly ItemTurns[],
  withTrap: boolean,
  rng: Rng,
): MinutesPlan {
  const turns: TurnJson[] = [say(chair, `성원이 되었으므로 ${title}를 개회하겠습니다.`)];
  const traps: MinutesPlan['traps'] = [];
  items.forEach((item, i) => {
    turns.push(
      say(
        chair,
        `의사일정 제${item.order}항 「${item.title}」을 상정합니다. 간사께서 보고해 주시기 바랍니다.`,
      ),
      say(
        secretary,
        `「${item.title}」에 대해 보고드리겠습니다. 자세한 내용은 배부해 드린 자료를 참고해 주시기 바랍니다.`,
      ),
    );
    const asker = citizens.length > 0 ? rng.pick(citizens) : undefined;
    const answerer = staff.length > 0 ? rng.pick(staff) : secretary;
    if (asker) {
      let question = rng.pick(QUESTIONS);
      if (withTrap && i === 0) {
        const trap = trapSentence(rng);
        question = `${question} ${trap.text}`;
        traps.push({ position: turns.length + 1, kind: trap.kind });
      }
      turns.push(say(asker, question), say(answerer, rng.pick(ANSWERS)));
    }
    if (rng.chance(0.4)) turns.push(say(secretary, rng.pick(COMMENTS)));
    turns.push(say(chair, `의사일정 제${item.order}항은 ${item.statement}`));
  });
  turns.push(say(chair, '이상으로 오늘 회의를 모두 마치겠습니다. 수고하셨습니다.'));
  return { turns, traps };
}
