// A guess at the coachee's state or quality ("He is probably depressed") is an interpretation; what the coachee asks
// for is no advice given; a session praised as exactly what the coachee needed is appreciation; a shaking voice is
// nerves; talking to fill the silences is working hard.
import { strict as assert } from 'node:assert';
import { inEnglish, ruleLabel } from '../../helpers';

describe('a guess at the coachee’s state or quality', () => {
  it('is an interpretation with nothing named it rests on (rule 33)', () => {
    for (const text of [
      inEnglish('He is probably depressed.'),
      inEnglish("She's probably afraid of being rejected."),
      inEnglish('He is presumably a natural leader.'),
      'Hij is waarschijnlijk depressief.',
      'Waarschijnlijk is ze bang voor afwijzing.',
      'Ze is vermoedelijk overbelast.',
    ])
      assert.ok(ruleLabel(text).signals.includes('ungrounded-interpretation'), text);
  });

  it('is not where the coach guesses about themselves, about logistics, or about what "it" was', () => {
    for (const text of [
      inEnglish('I am probably too eager to help.'),
      inEnglish('The next session will probably be online.'),
      'Ik ben waarschijnlijk te snel met oplossingen.',
      'De volgende sessie is waarschijnlijk online.',
      'Vermoedelijk was het vooral rouw, en had hij tijd nodig om dat te laten bezinken.',
    ])
      assert.deepEqual(ruleLabel(text).signals, [], text);
  });

  it('is grounded where the sentence names what it rests on', () => {
    const text = inEnglish(
      'Given how quickly he took off once the plan was his, he was probably protecting his own way.',
    );
    assert.deepEqual(ruleLabel(text).signals, []);
  });
});

describe('the session praised as what the coachee needed', () => {
  it('is appreciation (rule 34)', () => {
    assert.deepEqual(ruleLabel(inEnglish('He told me the session was exactly what he needed.')).signals, [
      'appreciation',
    ]);
    assert.deepEqual(ruleLabel('Hij zei dat de sessie precies was wat hij nodig had.').signals, ['appreciation']);
  });
});

describe('a shaking voice', () => {
  it('is the body’s sign of nerves, a problem (rule 11)', () => {
    assert.equal(ruleLabel(inEnglish('Her voice shakes when she has to present to the board.')).valence, 'weakness');
    assert.equal(ruleLabel('Haar stem trilt als ze voor het bestuur moet presenteren.').valence, 'weakness');
  });
});

describe('advice the coachee asks for', () => {
  it('is no advice given, nor one only named by how (rules 32, 33)', () => {
    assert.deepEqual(ruleLabel(inEnglish('He opened by asking me what I would cut first if I were him.')).signals, [
      'expert-role',
    ]);
    const promise = 'Ik heb toegezegd dat ik haar tussendoor bel, zodat ik haar kan vertellen hoe ze moet reageren.';
    assert.deepEqual(ruleLabel(promise).signals, ['expert-role']);
  });
});

describe('the coach filling the silences, and not knowing which intervention', () => {
  it('is working hard and intervention-focus (rules 30, 31)', () => {
    assert.deepEqual(ruleLabel(inEnglish('I filled half the conversation myself to cover the silences.')).signals, [
      'working-hard',
    ]);
    assert.deepEqual(ruleLabel('Ik heb het halve gesprek zelf volgepraat om de stiltes te vullen.').signals, [
      'working-hard',
    ]);
    const text = 'I did not know whether to name the conflict between the two or to leave it alone.';
    assert.deepEqual(ruleLabel(inEnglish(text)).signals, ['intervention-focus']);
  });

  it('is not half a conversation spent weighing', () => {
    const text =
      'Eerlijk gezegd zat ik het halve gesprek te wikken of ik haar moest laten vertellen of iets aanreiken.';
    assert.ok(!ruleLabel(text).signals.includes('working-hard'));
  });
});

describe('what grounds an interpretation', () => {
  it('is what was heard in the coachee’s words, not any "aan de" (rule 33)', () => {
    const heard = 'Die boosheid, die in bijna elke zin doorklonk, moet volgens mij eerst doorbroken worden.';
    assert.ok(!ruleLabel(heard).signals.includes('ungrounded-interpretation'));
    const unheard = 'Ik vermoed dat het eerder onwil is, alsof hij zich vastklampt aan de rol van slachtoffer.';
    assert.ok(ruleLabel(unheard).signals.includes('ungrounded-interpretation'));
  });
});

describe('the coach counting the coachee’s failure as their own', () => {
  it('is outcome-responsibility, written out or contracted (rule 36)', () => {
    for (const text of [
      'I feel I have failed if she does not get the promotion.',
      "I feel I've failed if she doesn't get the promotion.",
    ])
      assert.ok(ruleLabel(inEnglish(text)).signals.includes('outcome-responsibility'), text);
  });
});
