import { runAction } from '../../lib/action';
import { getInputs } from './inputs';

// Inputs are checked before main and the clients it uses are loaded: an input error comes at once.
await runAction(async () => {
  const inputs = await getInputs();
  const { run } = await import('./main');
  await run(inputs);
});
