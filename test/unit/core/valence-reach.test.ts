import assert from 'node:assert/strict';
// Which words reach a sentence's valence: the coach's reasons do not (rule 8), people are no qualities.
import { ruleAnalyze, ruleLabel } from '../../helpers';

describe('what reaches a valence', () => {
  it('leaves a clause joined by "and" to the reason for the coach’s act out, as the reason itself (rule 8)', () => {
    assert.equal(
      ruleLabel(
        'I could have asked how she does it with her clients, because she does it every day and she is very good at it.',
      ).valence,
      'neutral',
    );
    assert.equal(
      ruleLabel('Ik had kunnen vragen hoe ze het met klanten doet, omdat ze dat elke dag doet en ze er goed in is.')
        .valence,
      'neutral',
    );
    // Not a reason: what the coachee is good at, told as such, still counts.
    assert.equal(ruleLabel('She does it every day and she is very good at it.').valence, 'strength');
  });
  it('reads a word that names people as people, not as a quality ("patients" is not "patient")', () => {
    assert.equal(ruleLabel('She talked about the patients on her ward for most of the session.').valence, 'neutral');
    assert.equal(ruleLabel('She stayed patient with the new intern all week.').valence, 'strength');
    // "herself", "zichzelf" name the coachee and still weigh as her own doing.
    assert.deepEqual(
      ruleAnalyze('She found the new role herself.').sentences[0]!.why.valence.words.includes('herself'),
      true,
    );
  });
  it('turns a strength the coachee does not see into what she lacks, and leaves a problem unseen a problem (rules 10, 12)', () => {
    assert.equal(ruleLabel('She did not realise that she had solved it herself.').valence, 'weakness');
    assert.deepEqual(ruleAnalyze('Hij ziet niet dat dat zijn eigen oplossing was.').sentences[0]!.why.valence.words, [
      'niet … eigen oplossing',
    ]);
    assert.equal(ruleLabel('Ze zag niet dat het probleem bij de planning lag.').valence, 'weakness');
    assert.equal(ruleLabel('She saw that she had solved it herself.').valence, 'strength');
  });
  it('lets a negating pronoun reach into the clause it heads ("niks wat werkt", "nothing that helped")', () => {
    assert.equal(ruleLabel('Ze zegt dat er niks is wat werkt tegen het piekeren.').valence, 'weakness');
    assert.equal(ruleLabel('She has tried nothing that helped her sleep.').valence, 'weakness');
    assert.equal(ruleLabel('Ze twijfelde niet meer of ze het aankon.').valence, 'strength');
  });
  it('goes on past a reporting aside between commas: what follows is done by the clause before it (rules 17, 18)', () => {
    assert.equal(
      ruleLabel('Zijn vrouw heeft hem, zo vertelde hij, aangemeld voor een lotgenotengroep.').valence,
      'neutral',
    );
    assert.equal(
      ruleLabel('Haar leidinggevende heeft haar, zei ze, ingeschreven voor de training.').valence,
      'neutral',
    );
    assert.equal(
      ruleLabel('His manager signed him up, he told me, and booked the first session himself.').valence,
      'neutral',
    );
    // The coachee before the aside is the coachee after it.
    assert.equal(
      ruleLabel('She had tried two of my tips, she told me, and dropped both within a week.').valence,
      'weakness',
    );
  });
  it('lets "zonder"/"without" reach to the end of the infinitive or gerund they open (rule 10)', () => {
    assert.equal(
      ruleLabel('We hebben bekeken wat er wel kan, zonder er een mislukking van te maken.').valence,
      'strength',
    );
    assert.equal(
      ruleLabel('Ze heeft het gesprek gevoerd zonder ook maar één keer in paniek te raken.').valence,
      'strength',
    );
    assert.equal(
      ruleLabel('He had talked about it for years without taking a single concrete step.').valence,
      'weakness',
    );
    // Before a noun they still govern only the phrase right after them.
    assert.equal(
      ruleLabel('Ze had het verslag af zonder veel hulp van haar team, en dat was knap.').valence,
      'strength',
    );
  });
  it('lets a Dutch negation reach the verb its clause ends on, past a long middle field (rule 10)', () => {
    assert.equal(
      ruleLabel('Hij heeft de afgelopen twee weken geen enkele keer zijn logboek ingevuld.').valence,
      'weakness',
    );
    assert.equal(
      ruleLabel('Ze heeft sinds ons vorige gesprek nooit meer zo erg aan zichzelf getwijfeld.').valence,
      'strength',
    );
  });
  it('reads a Dutch state word that is also a participle as the verb where "hebben" goes with it', () => {
    assert.equal(
      ruleLabel('Halverwege wilde ik haar een planningsapp aanraden, maar dat heb ik gelaten.').valence,
      'neutral',
    );
    assert.equal(ruleLabel('Had het schrijfmodel bij me, in tas gelaten.').valence, 'neutral');
    assert.equal(ruleLabel('Ik heb de brief gisteren bij haar thuis bezorgd.').valence, 'neutral');
    // Without it, the state: resigned, worried.
    assert.equal(ruleLabel('Ze reageerde gelaten op het nieuws van de reorganisatie.').valence, 'weakness');
    assert.equal(ruleLabel('Ze is erg bezorgd over haar moeder.').valence, 'weakness');
  });
  it('lets the situation a when/als clause names not outweigh what the coachee does in it (rule 9)', () => {
    assert.equal(
      ruleLabel('Ze merkt nu eerder wanneer het te veel wordt, meestal al op woensdag.').valence,
      'strength',
    );
    assert.equal(ruleLabel('She now stays calm when the ward gets chaotic.').valence, 'strength');
    // A problem in the main clause still is one, whatever the situation.
    assert.equal(ruleLabel('Ze raakt in paniek als het druk wordt op de afdeling.').valence, 'weakness');
  });
});
