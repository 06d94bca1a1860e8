// The city spine: the one sample city every generated kind draws its ids, departments and codes from.
export {
  childrenOf,
  cityBudgetCodes,
  cityInitiative,
  cityInitiatives,
  cityInitiativesAt,
  isActiveInYear,
  isActiveOn,
  projectsCovering,
} from './spine.ts';
export { CITY_COMMITTEES } from './committees.ts';
export { CITY_PROCESSES } from './processes.ts';
export { ACCOUNTS, D as SPINE_DEPARTMENTS } from './policy-spec.ts';
export type {
  BudgetAccount,
  BudgetCode,
  CityCommittee,
  CityInitiative,
  CityProcess,
  CommitteeType,
  InitiativeLevel,
  Period,
} from './types.ts';
