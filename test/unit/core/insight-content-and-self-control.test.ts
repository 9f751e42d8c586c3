// An insight takes the valence of what it finds (rule 12): the patterns coachees find in themselves are problems in
// both languages; "rarely"/"zelden" turn what they stand before (rule 10); resisting one's own urge is self-control,
// no resistance framed (rule 35); others resisting change is the coachee's situation (rule 17).
import assert from 'node:assert/strict';
import { assertRuleLabels, inEnglish, ruleAnalyze, ruleLabel } from '../../helpers';

describe('a pattern the coachee finds in herself', () => {
  it('is a problem, whatever the insight verb', () => {
    assertRuleLabels(
      [
        inEnglish('He realised he needs his director’s approval for every decision.'),
        inEnglish('She noticed that she keeps replaying the conversation in her head.'),
        inEnglish('He became aware that he always puts the team’s needs before his own.'),
        'Ze ontdekte dat ze zich steeds vergelijkt met haar voorganger.',
        'Ze zag dat ze over elke mail die ze verstuurt te lang nadenkt.',
        'Ze merkte dat ze het gesprek steeds opnieuw in haar hoofd afspeelt.',
        'Ze leerde dat ze de neiging heeft elke stilte op te vullen.',
        'Hij werd zich ervan bewust dat hij de behoeften van het team altijd voor de zijne laat gaan.',
      ],
      'valence',
      'weakness',
    );
  });
});

describe('rarely and seldom', () => {
  it('turn a strength they stand before into what is missing, and a problem into progress', () => {
    assertRuleLabels(
      [
        inEnglish('He found out that he rarely takes a real lunch break.'),
        inEnglish('He rarely speaks up in meetings.'),
        'Hij kwam erachter dat hij zelden echt pauze neemt.',
      ],
      'valence',
      'weakness',
    );
    assert.equal(ruleLabel(inEnglish('She rarely complains about the rota.')).valence, 'strength');
  });
});

describe('resisting', () => {
  it('one’s own urge is self-control, no resistance framed', () => {
    const label = ruleLabel(inEnglish('She resisted the urge to check her email at night.'));
    assert.equal(label.valence, 'strength');
    assert.deepEqual(label.signals, []);
  });
  it('change, by others, is a problem in the coachee’s situation', () => {
    assertRuleLabels(
      [
        inEnglish('He says his director is resistant to any new idea.'),
        'Haar team verzet zich tegen elke verandering.',
      ],
      'valence',
      'weakness',
    );
  });
});

describe('the coachee winning others over and thanking them', () => {
  it('is a strength in both languages', () => {
    assertRuleLabels(
      [
        inEnglish('She convinced her director to fund the training.'),
        'Hij overtuigde zijn directeur om de training te betalen.',
        'Hij bedankte zijn team voor hun inzet.',
      ],
      'valence',
      'strength',
    );
  });
});

describe('how the session went', () => {
  it('is no strength or problem of the coachee’s, in words before or after the session', () => {
    assertRuleLabels(
      [
        inEnglish('It was a good session.'),
        inEnglish('The session was really useful.'),
        'Het was een heel fijne sessie.',
        'De sessie was kort maar prettig.',
      ],
      'valence',
      'neutral',
    );
  });
  it('leaves the coachee’s own difficult conversation a problem', () => {
    assert.equal(
      ruleLabel('Frank heeft over drie weken een lastig gesprek met de raad van commissarissen.').valence,
      'weakness',
    );
  });
  it('reads the writer’s courtesy wish as no praise for the coach', () => {
    const letter = ruleAnalyze(
      inEnglish('Dear Sam,\n\nYou told me you want to say no more often.\n\nHope you have a lovely holiday.\n'),
    );
    assert.deepEqual(letter.sentences.at(-1)!.signals, []);
    assert.equal(ruleLabel('Leuk je vorige week weer te zien.').valence, 'neutral');
  });
});

describe('a week that went badly, a load carried alone, a question as a heading', () => {
  it('are problems in both languages', () => {
    assertRuleLabels(
      [
        'Ruud kwam binnen met de mededeling dat het een rotweek was geweest.',
        inEnglish('She said it had been a rotten week.'),
        inEnglish('Priya’s sense that she is carrying the whole department since the restructure'),
        'Hij heeft het gevoel dat alles op zijn schouders rust.',
        inEnglish('How to say no to requests from the regional directors'),
        'Hoe kan ze nee zeggen zonder zich schuldig te voelen',
      ],
      'valence',
      'weakness',
    );
  });
  it('leaves "how" that tells how something was done alone', () => {
    assert.equal(ruleLabel(inEnglish('How she handled the complaint impressed her manager.')).valence, 'strength');
  });
});
