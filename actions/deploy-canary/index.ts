import { runAction } from '../../lib/action';
import { getInputs } from './inputs';
import { POST_RENDER_FLAG } from './post-render-flag';

// helm runs this same bundle as its post-renderer (see post-renderer.ts). Otherwise inputs are checked
// before main and the clients it uses are loaded: an input error comes at once.
if (process.argv[2] === POST_RENDER_FLAG) {
  const { postRender } = await import('./post-renderer');
  await postRender(process.argv[3] ?? '');
} else
  await runAction(
    async () => {
      const inputs = await getInputs();
      const { run } = await import('./main');
      await run(inputs);
    },
    { cancellable: true },
  );
