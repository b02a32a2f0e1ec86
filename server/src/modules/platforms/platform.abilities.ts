import { defineAbility, ViewerAbilities } from '../members/abilities.js';
import { mayEditPlatforms } from './platform.policy.js';

defineAbility(ViewerAbilities, 'editPlatforms', 'Edit the platform registry (updatePlatform).', ({ viewer }) => mayEditPlatforms(viewer));
