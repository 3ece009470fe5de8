// The jobs domain reads its rules like every domain: the deployment's overrides resolved by the engine.
export { rulesFor } from '../../rules.js';
