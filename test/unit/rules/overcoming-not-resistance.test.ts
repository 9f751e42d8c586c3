import assert from 'node:assert/strict';
// Getting past a blockage is resistance framed (rule 35) when the coach or the report treats the coachee's
// resistance so, not when the coachee gets past her own fear.
import { ruleLabel } from '../../helpers';

const framed = (sentence: string): boolean => ruleLabel(sentence).signals.includes('resistance-framing');

describe('overcoming and resistance', () => {
  it('is no resistance framed when the coachee overcomes her own fear', () => {
    assert.equal(framed('She has overcome her fear.'), false);
    assert.equal(framed('Ze wil haar angst voor presenteren overwinnen.'), false);
  });
  it('is resistance framed when the resistance is to be broken through', () => {
    assert.equal(framed('I need to break through his resistance first.'), true);
    assert.equal(framed('Die boosheid moet volgens mij eerst doorbroken worden.'), true);
  });
  it('is resistance framed when the coach is to get past a wall, in both languages', () => {
    assert.equal(framed('Die muur moet ik eerst omver zien te krijgen, anders komen we niet verder.'), true);
    assert.equal(framed('I need to knock that wall down first.'), true);
    assert.equal(
      framed('Ik heb het gevoel dat daar iets blokkeert, en dat ik daar eerst doorheen moet prikken.'),
      true,
    );
  });
  it('is no resistance framed when what the coach gets past is the coach’s own', () => {
    assert.equal(framed('Ik moest mijn eigen twijfel overwinnen.'), false);
    assert.equal(framed('I had to push through my own resistance to ask it.'), false);
    assert.equal(framed('Ik voelde mijn eigen weerstand.'), false);
  });
  it('is no resistance framed when the resistance is a third party’s, the coachee’s situation', () => {
    assert.equal(framed('He says his director is resistant to any new idea.'), false);
    assert.equal(framed('Hij zegt dat zijn directeur elk nieuw idee blokkeert.'), false);
    assert.equal(framed('Ik merk dat hij elk nieuw idee blokkeert.'), true);
  });
  it('tells a problem only when the wall is named, not only pointed at (rule 8)', () => {
    assert.equal(ruleLabel('Die moet ik eerst wegwerken voor we verder kunnen.').valence, 'neutral');
    assert.equal(ruleLabel('Die muur moet ik eerst omver zien te krijgen.').valence, 'weakness');
  });
});

describe('a wall the coach names after the coachee’s refusal', () => {
  it('is resistance framed when the coach is the one to break through, though the coachee is named first', () => {
    assert.equal(framed('His refusal to do the exercises is a wall I still have to break through.'), true);
    assert.equal(framed('Zijn weigering om de oefeningen te doen is een muur waar ik nog doorheen moet.'), true);
    assert.equal(framed('Her fear of failing is something she broke through herself.'), false);
  });
});
