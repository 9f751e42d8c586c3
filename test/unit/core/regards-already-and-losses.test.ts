// Seeing something no longer as a problem is progress (rules 10, 12); "already" beside a problem tells how long it
// has lasted, not progress; a Dutch verb is no compound head; losing one's bearings, a job abolished, no reply from
// a supervisor are problems; taking stock of a problem is dealing with it (rule 9).
import { assertRuleLabels, inEnglish } from '../../helpers';

describe('a negated regard', () => {
  it('turns what something is no longer seen as, in both languages', () => {
    assertRuleLabels(
      [
        'Hij ziet zijn autisme niet langer als een tekort, maar als een andere manier van denken.',
        'Ze ziet het niet als een probleem.',
        inEnglish('He no longer sees his dyslexia as a deficit.'),
        inEnglish('She does not see her sensitivity as a weakness.'),
      ],
      'valence',
      'strength',
    );
    assertRuleLabels([inEnglish("He doesn't see himself as a leader.")], 'valence', 'weakness');
    assertRuleLabels(['Ze ziet haar gevoeligheid als een kwaliteit.'], 'valence', 'strength');
  });
});

describe('already beside a problem', () => {
  it('is how long the problem has lasted, and progress alone', () => {
    assertRuleLabels(
      [
        'Ze heeft al drie maanden achterstand met de huur.',
        inEnglish('She already had two warnings about being late.'),
        inEnglish('He already knew he was burning out.'),
      ],
      'valence',
      'weakness',
    );
    assertRuleLabels(
      ['Ze heeft al een plan voor het gesprek.', inEnglish('She already knows what she wants to say.')],
      'valence',
      'strength',
    );
  });
});

describe('a verb inside a longer word', () => {
  it('is no compound head: trusting is not grieving', () => {
    assertRuleLabels(['Sinds de blessure vertrouwt ze haar knie niet meer.'], 'valence', 'weakness');
    assertRuleLabels(['Ze vertrouwt op haar gevoel.'], 'valence', 'strength');
    assertRuleLabels(['Ze heeft faalangst.'], 'valence', 'weakness');
  });
});

describe('losses at work and in orientation', () => {
  it('hears them as problems, in both languages', () => {
    assertRuleLabels(
      [
        inEnglish('Since the merger she no longer knows where she stands.'),
        'Hij weet niet meer wat hij wil.',
        inEnglish('His department is being dissolved and he has to reapply for his own job.'),
        'Zijn afdeling wordt opgeheven.',
        inEnglish('He is cynical about the reorganisation and says it will change nothing.'),
        inEnglish('He was dropped from the first team.'),
        'Haar promotor reageert niet op haar mails.',
        inEnglish('Deadlines slip because he starts five things at once.'),
      ],
      'valence',
      'weakness',
    );
  });
});

describe('taking stock of a problem', () => {
  it('is dealing with it', () => {
    assertRuleLabels(
      [
        'Hij heeft alle brieven van de bank opengemaakt en een overzicht van zijn schulden gemaakt.',
        'Ze heeft haar zorgen op een rij gezet.',
        inEnglish('She made a list of her worries and took it to her manager.'),
      ],
      'valence',
      'strength',
    );
  });
});
