import assert from 'node:assert/strict';
// Which sentences a signal goes to (rule 29): the one that tells the behaviour, not one that points back at it.
import { ruleLabel } from '../../helpers';

describe('a signal goes to the behaviour told, not to a comment on it (rule 29)', () => {
  it('leaves a cue that points back ("die tips", "that advice") without a signal', () => {
    for (const text of [
      'Waarom gaf ik haar die laatste twee tips eigenlijk?',
      'Achteraf vraag ik me af of dat advies niet te vroeg kwam.',
      'Looking back, those three tips came too early in a first session.',
    ]) {
      assert.deepEqual(ruleLabel(text).signals, [], text);
    }
  });
  it('still signals the behaviour told with a pointing word before its object, or ahead of a list', () => {
    assert.ok(ruleLabel('Ik heb die vraag van hem gewoon beantwoord.').signals.includes('expert-role'));
    assert.ok(ruleLabel('I gave her these tips for the meeting with her manager.').signals.includes('expert-role'));
    assert.ok(
      ruleLabel('Ik heb haar twee tips gegeven voor het gesprek met haar leidinggevende.').signals.includes(
        'expert-role',
      ),
    );
  });
  it('leaves an act the coach only weighs ("of ik …", "whether …") without expert role or advice', () => {
    assert.ok(
      !ruleLabel(
        'Ik twijfelde de hele sessie of ik haar moest laten praten of al een oplossing moest aanreiken.',
      ).signals.includes('expert-role'),
    );
    assert.deepEqual(
      ruleLabel('I kept wondering whether to give her a few tips for the meeting.').signals.filter(
        (s) => s === 'expert-role' || s === 'ungrounded-interpretation',
      ),
      [],
    );
    assert.ok(
      ruleLabel('Ik heb haar een oplossing aangereikt voor het gesprek met haar leidinggevende.').signals.includes(
        'expert-role',
      ),
    );
    // Nor is working hard an extra round the coach only weighs, or is asked whether they could do.
    assert.ok(
      !ruleLabel('I could not decide whether to go through the whole form with her again.').signals.includes(
        'working-hard',
      ),
    );
    assert.ok(
      ruleLabel('I went through the whole form with her again, line by line.').signals.includes('working-hard'),
    );
  });
  it('reads "gestuurd" as sending only with what is sent: sent home or steered is no expert role', () => {
    assert.ok(
      !ruleLabel('Ik heb haar halverwege naar huis gestuurd omdat ze koorts had.').signals.includes('expert-role'),
    );
    assert.ok(ruleLabel('Ik heb haar na de sessie een stappenplan toegestuurd.').signals.includes('expert-role'));
  });
  it('hears a guess at a hidden cause as an interpretation without ground (rule 33)', () => {
    for (const text of [
      'Vermoedelijk speelt bij hem ook een oude teleurstelling over zijn vorige baan mee.',
      'My guess is that she is still angry with her old manager.',
    ]) {
      assert.ok(ruleLabel(text).signals.includes('ungrounded-interpretation'), text);
    }
    // With what it rests on, it is grounded.
    assert.ok(
      !ruleLabel('My guess is that she is still angry, because she said so twice today.').signals.includes(
        'ungrounded-interpretation',
      ),
    );
  });
  it('hears the coach promising the coachee’s result to someone, or striving for it, as outcome responsibility (rule 36)', () => {
    for (const text of [
      'I promised her mother I would have her ready for the audition by June.',
      'De coach streeft ernaar dat de coachee voor de zomer weer volledig aan het werk is.',
      'Ik heb de teamleider beloofd dat ze in maart terug is, alsof het een belofte van mij was.',
    ]) {
      assert.ok(ruleLabel(text).signals.includes('outcome-responsibility'), text);
    }
    // A promise pointed back at and taken back, or a third party's wish, is not the coach's.
    assert.ok(!ruleLabel('Die belofte heb ik deze week teruggenomen.').signals.includes('outcome-responsibility'));
    assert.ok(
      !ruleLabel('Her manager wants her to pick up the night shifts from April.').signals.includes(
        'outcome-responsibility',
      ),
    );
  });
  it('hears the coach handing over a ready-made product, not an example told or a gift to the coach (rule 32)', () => {
    for (const text of [
      'I gave him a card with three things to try before the exam.',
      'Daarna heb ik haar een lijstje met tips gegeven.',
    ]) {
      assert.ok(ruleLabel(text).signals.includes('expert-role'), text);
    }
    assert.ok(!ruleLabel('I gave my own example of a manager who lost his team.').signals.includes('expert-role'));
    const gift = ruleLabel('Gaf me aan het eind een kaartje met een bedankje.');
    assert.ok(!gift.signals.includes('expert-role') && gift.focus !== 'coach', `${gift.focus} ${gift.signals.join()}`);
  });
  it('hears no appreciation in help the report asks about ("wat haar heeft geholpen", "what had helped her") (rule 35)', () => {
    assert.deepEqual(
      ruleLabel('Op de vraag wat haar de afgelopen weken heeft geholpen, kon ze geen antwoord geven.').signals,
      [],
    );
    assert.deepEqual(
      ruleLabel('Tegelijk kon je precies benoemen wat je dan helpt: even naar buiten met je dochter.').signals,
      [],
    );
    assert.deepEqual(
      ruleLabel('I asked what had helped her most during the night shifts, and she named her sister.').signals,
      [],
    );
    // Help the coach or the session gave, told as such, still is.
    assert.deepEqual(ruleLabel('Ze zei dat het gesprek haar enorm geholpen heeft.').signals, ['appreciation']);
  });
  it('gives the coach’s worry about the intervention only to the coach’s own clause, not to the coachee’s fear framed by an opinion', () => {
    assert.ok(
      !ruleLabel('Volgens mij is ze vooral bang om tegenover haar team te falen.').signals.includes(
        'intervention-focus',
      ),
    );
    assert.ok(
      !ruleLabel('I think she has a fear of failure, and that is why she delays.').signals.includes(
        'intervention-focus',
      ),
    );
    assert.ok(ruleLabel('Ik was bang om de verkeerde vraag te stellen.').signals.includes('intervention-focus'));
    // Looking back at what the coachee chose is no second-guessing of the coach's own move.
    assert.ok(
      !ruleLabel('Achteraf denk ik dat ze toen al koos waar haar energie heen ging.').signals.includes(
        'intervention-focus',
      ),
    );
    assert.ok(
      ruleLabel('Achteraf denk ik dat ik beter een andere vraag had kunnen stellen.').signals.includes(
        'intervention-focus',
      ),
    );
  });
});

describe('a frame of interpretation around the coach’s own doing (rule 33)', () => {
  it('finds no interpretation of the coachee in it, in both languages', () => {
    for (const text of [
      'Afterwards I wondered whether I had pushed too hard.',
      'I think we both needed a break at that point.',
      'I think the session went well.',
      'Ik denk dat het vandaag goed ging.',
      'Ze vertelde over haar nieuwe rooster en ik denk dat het een goede sessie was.',
      'Ik vraag me af of ik hem daarmee een dienst heb bewezen.',
      'Volgens mij heb ik te lang doorgepraat.',
    ])
      assert.ok(!ruleLabel(text).signals.includes('ungrounded-interpretation'), text);
  });
  it('still finds the frame around the coachee', () => {
    for (const text of [
      'Afterwards I wondered whether she is simply afraid of conflict.',
      'Volgens mij is ze eigenlijk bang voor afwijzing.',
      'Ik denk dat hij een echte pleaser is.',
      'Ik vermoed dat de nieuwe rol hem uiteindelijk beter past.',
      'hij lijkt me iemand die liever iets doet dan iets voelt.',
      'My take: a born worrier who cannot say no.',
    ])
      assert.ok(ruleLabel(text).signals.includes('ungrounded-interpretation'), text);
  });
});

describe('what the coachee admits of herself (rule 33)', () => {
  it('is her own words, no interpretation of the coach’s, in both languages', () => {
    for (const text of [
      'Carla admitted she avoids conflict within the team.',
      'Ze gaf toe dat ze conflicten vermijdt.',
      'Hij beschreef zichzelf als een echte pleaser.',
    ])
      assert.ok(!ruleLabel(text).signals.includes('ungrounded-interpretation'), text);
    assert.ok(
      ruleLabel('I think Carla avoids conflict within the team.').signals.includes('ungrounded-interpretation'),
    );
  });
});

describe('words of a signal that mean something else in their sentence', () => {
  it('reads being convinced as certainty, not convincing someone (rule 30), in both languages', () => {
    for (const text of ['I am convinced she can do this on her own.', 'Ik ben ervan overtuigd dat ze het zelf kan.'])
      assert.ok(!ruleLabel(text).signals.includes('working-hard'), text);
    for (const text of [
      'I convinced him to apply for the job.',
      'Ik heb haar ervan overtuigd dat ze moet solliciteren.',
    ])
      assert.ok(ruleLabel(text).signals.includes('working-hard'), text);
  });
  it('reads a copula and "gewoon" before a participle as a perfect tense, not a label (rule 33)', () => {
    assert.deepEqual(ruleLabel('Ze is gewoon begonnen met de makkelijkste vraag.').signals, []);
    assert.ok(ruleLabel('Hij is gewoon een pleaser.').signals.includes('ungrounded-interpretation'));
  });
});
