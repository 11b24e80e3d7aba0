import { runAction } from '../../lib/action';
import { run } from './main';
import { postRender, POST_RENDER_FLAG } from './post-renderer';

// helm runs this same bundle as its post-renderer (see post-renderer.ts).
if (process.argv[2] === POST_RENDER_FLAG) await postRender(process.argv[3] ?? '');
else await runAction(run);
