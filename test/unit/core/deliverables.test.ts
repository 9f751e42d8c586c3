import assert from 'node:assert/strict';
import { label, ruleLabel } from '../../helpers';

describe('a ready-made product from the coach is expert-role (rule 32)', () => {
  it('finds the coach making or sending the coachee a product, in both languages', () => {
    const delivered = [
      'I also redrafted your cover letter for the consultancy role on the spot.',
      'I send her the equity checklist tonight.',
      'Ik heb er een profieltekst bij geschreven.',
      'Ik stuur je nog een voorbeeld van een goede openingszin.',
      'Afgelopen weekend heb ik een weekschema voor hem opgesteld.',
      // A Dutch compound ending in a product, a product handed along, a ready-made one, and a second verb of the
      // coach's.
      'Ik heb het opbouwschema voor haar opgesteld.',
      'Ik geef hem een kant-en-klaar wandelschema mee.',
      'I gave her a ready-made answer.',
      'I stayed back after the session and built the forecast for him in Excel.',
      // Information picked out for the coachee is a product too.
      'Ik stuur je vandaag de data van drie open dagen in juni.',
      "I'll send you the contact details of two recruiters.",
    ];
    for (const text of delivered) assert.ok(ruleLabel(text).signals.includes('expert-role'), text);
    assert.ok(label('Ik stuur je nog een voorbeeld van een goede openingszin.').signals.includes('expert-role'));
  });

  it('finds the product in a relative clause, with or without its pronoun, and however far its verb is from it', () => {
    const delivered = [
      'She never opened the CV template I sent her.',
      'He rewrote the opening paragraph I had drafted for him.',
      'De sollicitatiebrief die ik voor hem had herschreven, heeft hij niet gebruikt.',
      'Volgende keer leg ik haar het stappenplan voor dat ik vorige week al voor haar heb uitgewerkt.',
      // The coachee holding the product back is no refraining of the coach's.
      'Het schema dat ik voor je had gemaakt, heb je bewust laten liggen.',
    ];
    for (const text of delivered) assert.ok(ruleLabel(text).signals.includes('expert-role'), text);
    // The coachee's own product in the same shape, and the coach refraining, stay without it.
    for (const text of [
      'I read the CV she sent me.',
      'Het plan dat ze zelf had opgesteld, heb ik gelezen.',
      'I had drafted a plan for her, but I left it in my bag.',
    ])
      assert.ok(!ruleLabel(text).signals.includes('expert-role'), text);
  });

  it('leaves the coachee’s own products, tasks handed to the coachee and notes alone', () => {
    const not = [
      'She sent me her CV.',
      'Ze heeft zelf een plan gemaakt.',
      'I asked her to write a plan for next week.',
      'I asked her to send me the plan she wrote.',
      'Ik vroeg haar om het rooster te sturen.',
      'I wrote down her plan.',
      'Ik heb haar cv niet herschreven.',
      'I made time for her questions.',
      'Ze heeft zelf een wandelschema gemaakt.',
      'He built his own forecast in Excel.',
      'She sent me the dates of her shifts.',
    ];
    for (const text of not) assert.ok(!ruleLabel(text).signals.includes('expert-role'), text);
  });

  it('counts the coachee’s search done for them, or a product made in the coach’s own time, as working hard too (rule 30)', () => {
    const homework = [
      'I also spent an hour on the job boards last night and put together a list of eight entry-level data roles in the area.',
      'Ik heb er gisteravond nog een vacature bij gezocht; die stuur ik je morgen door.',
      'Ik heb drie vacatures voor haar uitgezocht.',
    ];
    for (const text of homework)
      assert.deepEqual(
        ruleLabel(text)
          .signals.filter((s) => s === 'expert-role' || s === 'working-hard')
          .sort(),
        ['expert-role', 'working-hard'],
        text,
      );
    // A template sent the same day is a product, not homework done for her.
    assert.ok(!ruleLabel('I sent her the template.').signals.includes('working-hard'));
  });
  it('reads an infinitive after the coach’s own act as the coach’s purpose, one after a verb that hands it on as not', () => {
    assert.ok(
      ruleLabel('Then I stayed after school to make her a revision timetable.').signals.includes('expert-role'),
    );
    assert.ok(!ruleLabel('I asked her to make a revision timetable.').signals.includes('expert-role'));
  });
  it('finds reworked versions sent back, and the coachee asking the coach to make one', () => {
    for (const text of [
      'I went through her CV line by line and sent her back a reworked version.',
      'He asked if I would rewrite the methodology.',
      'Betrokkene vroeg of coach kon aangeven welke cursus hij het beste kan volgen.',
    ])
      assert.ok(ruleLabel(text).signals.includes('expert-role'), text);
  });
});
