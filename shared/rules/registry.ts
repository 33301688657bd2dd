// Every rule, one line each, sorted by id. The registry test checks this list against the files in
// checks/, their tests and the RuleId type.
import { burst } from './checks/burst';
import { cardTesting } from './checks/card-testing';
import { dormantReactivation } from './checks/dormant-reactivation';
import { drain } from './checks/drain';
import { duplicateCharge } from './checks/duplicate-charge';
import { failedAttempts } from './checks/failed-attempts';
import { newFundingMethod } from './checks/new-funding-method';
import { newPayee } from './checks/new-payee';
import { oddHours } from './checks/odd-hours';
import { priceChange } from './checks/price-change';
import { unusualAmount } from './checks/unusual-amount';
import type { Rule, RuleId } from './types';

export const RULES: readonly Rule<object>[] = [
  burst,
  cardTesting,
  dormantReactivation,
  drain,
  duplicateCharge,
  failedAttempts,
  newFundingMethod,
  newPayee,
  oddHours,
  priceChange,
  unusualAmount,
];

export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.meta.id);
