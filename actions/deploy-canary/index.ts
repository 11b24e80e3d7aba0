import { runAction } from '../../lib/action';
import { run } from './main';

await runAction(run);
