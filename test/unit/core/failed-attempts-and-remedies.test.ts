// A failed or undared attempt names a strength that is missing (rule 10); a remedy the coachee seeks or finds for a
// problem tells how she dealt with it (rule 9); what comes after "since" is where a change began (rules 9, 10).
import { assertRuleLabels, inEnglish } from '../../helpers';

describe('attempts that fail', () => {
  it('hears the strength a negated attempt names as missing, in both languages', () => {
    assertRuleLabels(
      [
        inEnglish("She didn't manage to set boundaries."),
        inEnglish('She was not able to set boundaries.'),
        inEnglish("She didn't dare to say no to her manager."),
        inEnglish('She failed to set boundaries.'),
        inEnglish('She struggles to say no.'),
        'Het lukt haar niet om grenzen te stellen.',
        'Hij slaagde er niet in om te delegeren.',
        'Het is haar niet gelukt om nee te zeggen.',
        'Ze vindt het lastig om grenzen te stellen.',
        inEnglish('They feel they are not trusted to sign off small things themselves.'),
        inEnglish('He was not allowed to decide for himself.'),
      ],
      'valence',
      'weakness',
    );
  });
  it('keeps the strength of an attempt that succeeds, or a difficulty that is denied', () => {
    assertRuleLabels(
      [
        inEnglish('She managed to set boundaries.'),
        inEnglish('She dared to say no for the first time.'),
        inEnglish("She didn't find it difficult to say no."),
        'Het lukte haar om grenzen te stellen.',
        inEnglish('She is trusted to sign off small things herself.'),
        'Ze vond het niet moeilijk om nee te zeggen.',
      ],
      'valence',
      'strength',
    );
  });
});

describe('remedies for a problem', () => {
  it('hears help sought and a solution found for a problem as the coachee dealing with it', () => {
    assertRuleLabels(
      [
        inEnglish('She found a solution for her sleeping problems.'),
        inEnglish('She sought help for her anxiety.'),
        inEnglish('She took action against her procrastination.'),
        'Ze heeft een oplossing gevonden voor haar slaapproblemen.',
        'Voor haar slaapproblemen heeft ze een oplossing bedacht.',
        'Ze is in therapie gegaan voor haar angstklachten.',
        'Ze heeft iets aan haar uitstelgedrag gedaan.',
      ],
      'valence',
      'strength',
    );
  });
  it('keeps the problem where no remedy was found', () => {
    assertRuleLabels(
      [
        inEnglish('She did not find a solution for her sleeping problems.'),
        'Ze heeft nog geen oplossing gevonden voor haar slaapproblemen.',
      ],
      'valence',
      'weakness',
    );
  });
});

describe('a change dated since a problem', () => {
  it('reads the problem after "since" as where the change began, not as the point', () => {
    assertRuleLabels(
      [
        inEnglish('She rang her sister for the first time since the funeral.'),
        'Ze heeft voor het eerst sinds de scheiding een weekend alleen doorgebracht zonder te panikeren.',
      ],
      'valence',
      'strength',
    );
  });
  it('keeps a problem that the sentence tells since then', () => {
    assertRuleLabels(
      [inEnglish('Since the divorce he has been sleeping badly.'), 'Sinds de scheiding slaapt hij slecht.'],
      'valence',
      'weakness',
    );
  });
});

describe('responsibility taken for a mistake', () => {
  it('copes with the mistake, in both languages; the coach taking it does not', () => {
    assertRuleLabels(
      [
        inEnglish('She took responsibility for the error and fixed it.'),
        'Hij nam de verantwoordelijkheid voor de fout.',
      ],
      'valence',
      'strength',
    );
    assertRuleLabels([inEnglish('I took responsibility for her mistake.')], 'valence', 'weakness');
  });
});
