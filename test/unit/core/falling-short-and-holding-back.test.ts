// Problem vocabulary by meaning, both languages: falling short, not coping, keeping things in, overcommitting and
// working late, letting others walk over one, distraction, never getting to one's own work. And what only borrows
// such words: resigning by one's own choice, a piece of work that was her own.
import { assertRuleLabels } from '../../helpers';

describe('falling short and not coping', () => {
  it('are problems', () => {
    assertRuleLabels(
      [
        'Ze heeft het gevoel dat ze tekortschiet.',
        'Hij vindt dat hij tekortschoot tegenover zijn team.',
        'Hij trekt het niet meer.',
        'Ze houdt het niet vol.',
        'Hij zit er helemaal doorheen.',
        'He couldn’t cope with the pressure.',
        'She is not coping.',
        'He is barely holding it together.',
        'She feels like a fraud.',
        'He has a short fuse with his kids.',
        'Hij heeft een kort lontje thuis.',
      ],
      'valence',
      'weakness',
    );
  });
});

describe('keeping things in, overcommitting, working late', () => {
  it('are problems', () => {
    assertRuleLabels(
      [
        'Hij houdt alles voor zich.',
        'Ze slikt alles in.',
        'Ze zegt alles toe.',
        'Ze werkt elke avond door tot laat.',
        'Hij laat over zich heen lopen.',
        'Ze komt niet toe aan haar eigen werk.',
        'He keeps everything to himself.',
        'She bottles things up.',
        'He agrees to everything.',
        'He lets people walk all over him.',
        'She never gets round to her own work.',
        'She neglects her own work.',
        'She keeps putting the conversation off.',
      ],
      'valence',
      'weakness',
    );
  });
});

describe('words borrowed without the problem', () => {
  it('resigning by choice is no dismissal; work that was her own is hers', () => {
    assertRuleLabels(
      [
        'Hij heeft de knoop doorgehakt en neemt ontslag.',
        'The plan was her own work.',
        'He made up his mind.',
        'He set a clear boundary with his director.',
      ],
      'valence',
      'strength',
    );
  });
});
