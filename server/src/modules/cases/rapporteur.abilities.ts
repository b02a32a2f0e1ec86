import { defineCaseAbility } from './case-abilities.js';
import { mayNameRapporteur } from './case.policy.js';
import { rapporteurOpen } from './rapporteur.rules.js';

defineCaseAbility('nameRapporteur', 'Name or remove the rapporteur (setRapporteur): the case is not finished.', ({ viewer, kase }, rel) =>
  mayNameRapporteur(viewer, rel) && rapporteurOpen(kase.status));
