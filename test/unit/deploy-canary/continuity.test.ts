import { describe, expect, test } from 'vitest';
import { continuityRefusal } from '../../../actions/deploy-canary/continuity';
import { history } from '../../helpers/helm-history';

const CANARY = (w: number, image = 'reg/m:v2') => `ml-deploy canary abc1234 weight=${w} image=${image}`;
const where = 'release m in namespace ml';

describe('canary-revision: a step moves only the canary the previous step started', () => {
  test('the canary is still deployed, or moved on by later steps of the same canary', () => {
    expect(
      continuityRefusal(history('1:superseded:i', `2:deployed:${CANARY(10)}`), 2, where),
    ).toBeUndefined();
    expect(
      continuityRefusal(
        history('1:superseded:i', `2:superseded:${CANARY(10)}`, `3:deployed:${CANARY(25)}`),
        2,
        where,
      ),
    ).toBeUndefined();
  });

  test('rolled back between two steps: refuses, naming the revision and the rollback', () => {
    expect(
      continuityRefusal(
        history('1:superseded:i', `2:superseded:${CANARY(10)}`, '3:deployed:Rollback to 1'),
        2,
        where,
      ),
    ).toBe(
      'canary revision 2 no longer runs in release m in namespace ml: since then revision 3 deployed: rolled back to revision 1. ' +
        'Nothing was changed. Start a new pipeline run to deploy a canary again.',
    );
  });

  test('promoted, or replaced by another canary', () => {
    expect(
      continuityRefusal(
        history(
          '1:superseded:i',
          `2:superseded:${CANARY(10)}`,
          '3:deployed:ml-deploy promote abc image=reg/m:v2',
        ),
        2,
        where,
      ),
    ).toContain('since then revision 3 deployed: promoted reg/m:v2');
    expect(
      continuityRefusal(
        history(
          '1:superseded:i',
          `2:superseded:${CANARY(10)}`,
          '3:superseded:Rollback to 1',
          `4:deployed:${CANARY(10, 'reg/m:v3')}`,
        ),
        2,
        where,
      ),
    ).toContain(
      'revision 3 superseded: rolled back to revision 1; revision 4 deployed: canary reg/m:v3 at 10%',
    );
  });

  test('a revision that is not there, not a canary, or failed', () => {
    expect(continuityRefusal(history('1:deployed:i'), 5, where)).toContain(
      'it is not in the release history (revisions: 1)',
    );
    expect(continuityRefusal(history('1:deployed:Install complete'), 1, where)).toContain(
      'revision 1 is not a canary revision (Install complete)',
    );
    expect(continuityRefusal(history('1:deployed:i', `2:failed:${CANARY(10)}`), 2, where)).toContain(
      'revision 2 is failed and revision 1 is deployed',
    );
  });
});
