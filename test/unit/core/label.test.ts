import assert from 'node:assert/strict';
import { analyze, label, ruleAnalyze, ruleLabel } from '../../helpers';

describe('labels: focus', () => {
  it('takes the subject after a Dutch inversion', () => {
    assert.equal(label('Daarna heb ik het model van de drama-driehoek uitgelegd.').focus, 'coach');
    assert.equal(label('Vandaag heeft zij haar teamleider zelf aangesproken.').focus, 'coachee');
  });
  it('gives a sentence to the coach when a thing is its subject and the coach the one it happens to (rule 18)', () => {
    for (const text of [
      'That question kept me awake until well past two.',
      'Dat kostte me een hele avond.',
      'Het liet mij niet los.',
    ]) {
      assert.equal(ruleLabel(text).focus, 'coach', text);
    }
    assert.ok(ruleLabel('That question kept me awake until well past two.').signals.includes('working-hard'));
    // A note that leaves out the coachee as subject, or a sentence that names the coachee, stays hers.
    for (const text of ['Belde me gisteren over haar rooster.', 'It gave me the feeling she was ready.'])
      assert.equal(ruleLabel(text).focus, 'coachee', text);
  });
  it("gives a note for the coach's own reflection to the coach (rule 25)", () => {
    for (const text of [
      'Vraag voor supervisie: van wie was dit doel eigenlijk?',
      'Eigenlijk niet mijn rol.',
      'Note to self: slow down.',
    ]) {
      assert.equal(ruleLabel(text).focus, 'coach', text);
    }
    for (const text of [
      'Not my finest hour.',
      'That is mine to hold, not hers.',
      'I noticed I had quietly hoped she would get the job.',
    ]) {
      assert.equal(ruleLabel(text).focus, 'coach', text);
    }
    for (const text of ['Also suggested he asks his GP about a referral.', 'Gevraagd wat ze zelf wil.'])
      assert.equal(ruleLabel(text).focus, 'coach', text);
    // Advice the coachee was given by someone else stays hers.
    assert.equal(ruleLabel('Advised by her GP to rest for two weeks.').focus, 'coachee');
    // A note about the coachee stays hers, also when it mentions supervision in her own words.
    assert.equal(ruleLabel('Wil graag een notitie voor haar dossier.').focus, 'coachee');
  });
  it('gives a model or exercise brought in without a subject to the coach, unless the coachee did it herself (rule 25)', () => {
    for (const text of [
      'Daarna kernkwadrant erbij gepakt, toen de cirkel van invloed.',
      'Drew the wheel of life on the flipchart.',
    ]) {
      assert.equal(ruleLabel(text).focus, 'coach', text);
    }
    for (const text of [
      'Ademoefening zelf toegepast tijdens de dienst.',
      'Filled in the wheel of life herself on the train.',
      'The two analysts disagree about the modelling approach.',
    ]) {
      assert.equal(ruleLabel(text).focus, 'coachee', text);
    }
    assert.equal(ruleLabel('Rollenspel gedaan, twee rondes.').focus, 'neutral');
  });
  it('gives a quotation to the person nearest where it opens, not to one it is said to (rule 27)', () => {
    for (const text of [
      'Toen ik dat benoemde, bleef ze even stil en zei ze: "Ja, dat heb ik eigenlijk wel goed gedaan."',
      'When I asked what had changed, he said: "I decided it myself."',
    ]) {
      assert.equal(ruleLabel(text).focus, 'coachee', text);
    }
    for (const text of ['Ik vroeg haar: "Wat heb ik gemist?"', 'I told her: "I will send the form."'])
      assert.equal(ruleLabel(text).focus, 'coach', text);
  });
  it('reads a pointing "dat" in Dutch V2 order as an object, and "want" as giving a reason (rules 8, 22)', () => {
    // "maar dat heb ik niet gedaan": the clause after "maar" is the coach's, not a subordinate clause.
    assert.equal(ruleLabel('Ze wilde dat ik meekeek, maar dat heb ik niet gedaan.').focus, 'coach');
    // A reason after "want" does not make the coach's sentence a mixed one.
    assert.equal(
      ruleLabel('Ik voelde me verplicht om iets mee te geven, want ze had er duidelijk op gerekend.').focus,
      'coach',
    );
  });
  it("takes a passive's named agent whatever its verb, and no coach or coachee after a preposition for the subject (rule 23)", () => {
    assert.equal(
      ruleLabel('Ter voorbereiding zijn door coach vier vacatures geselecteerd en aan betrokkene toegestuurd.').focus,
      'coach',
    );
    assert.equal(ruleLabel('The plan was drawn up by the coachee herself.').focus, 'coachee');
    assert.equal(ruleLabel('As committed to you, I will make sure the report is ready by March.').focus, 'coach');
    // A third party after a preposition still tells the coachee's situation.
    assert.equal(ruleLabel('Gesprek met haar teamleider twee keer uitgesteld.').focus, 'coachee');
    // "Zijn" opening a clause before a noun is "his", no passive: his doctor advised, not the coach.
    const doctor = ruleLabel('Zijn huisarts heeft hem aangeraden om wat vaker te wandelen.');
    assert.deepEqual([doctor.focus, doctor.signals], ['coachee', []]);
    assert.equal(ruleLabel('Zijn de formulieren door de coach ingevuld?').focus, 'coach');
  });
  it('reads a note without a subject whose words tell the coach’s own work as the coach’s (rule 25)', () => {
    assert.equal(ruleLabel('Halve brief herschreven, avond aan gezeten.').focus, 'coach');
    assert.equal(ruleLabel('CV nog een keer helemaal herschreven en gemaild.').focus, 'coach');
    // Done by the coachee herself, or not done at all, it is not the coach's.
    assert.equal(ruleLabel('Heeft de brief zelf herschreven.').focus, 'coachee');
    // A joint act before its noun only describes it: the note is the coachee's doing.
    assert.equal(ruleLabel('Kept to his agreed hours every day of the week.').focus, 'coachee');
    assert.equal(ruleLabel('Hield zich de hele week aan de afgesproken uren.').focus, 'coachee');
    // A verb the coach often opens a note with is the coachee's when "himself"/"zelf" says so.
    assert.equal(ruleLabel('Asked her manager herself for two afternoons off, and got them.').focus, 'coachee');
    assert.equal(ruleLabel('Asked her what she needs from her manager.').focus, 'coach');
    assert.notEqual(ruleLabel('Assessment form still not filled in, third session running.').focus, 'coach');
  });
  it('gives a frame or an imperative inside a quotation to its speaker, and "to me" only as a frame (rules 19, 26, 27)', () => {
    for (const text of [
      '"Now I think it just meant more tired."',
      '"Book the inspection, don\'t wait for it."',
      'Her student adviser referred her to me.',
      'Hij heeft zijn oma gevraagd hem elke ochtend te bellen.',
    ]) {
      assert.equal(ruleLabel(text).focus, 'coachee', text);
    }
    for (const text of ['To me, it looked like avoidance.', 'Ik zei: "Probeer het eens."'])
      assert.equal(ruleLabel(text).focus, 'coach', text);
  });
  it('reads a topic label naming no one as neutral, and one that names the coachee as hers (rules 21, 6)', () => {
    for (const text of [
      'Thema: samenwerking met collega Bram in wijkteam Noord.',
      'Topic: delegation and the new team.',
    ])
      assert.equal(ruleLabel(text).focus, 'neutral', text);
    for (const text of ['Topic: her return to work after the summer.', 'Thema: zijn twijfel over de overstap.'])
      assert.equal(ruleLabel(text).focus, 'coachee', text);
  });
  it('reads a greeting and a remark about the report itself as neutral by kind (rule 6)', () => {
    const leadIns = [
      'Een stukje uit sessie 4, zoals ik het me herinner:',
      'Een paar vragen om mee te nemen, geen huiswerk:',
      'Next steps (his words, not mine):',
    ];
    for (const text of [
      'Lieve Lotte,',
      'Respected Sunita Ma’am,',
      'Zoals beloofd een korte neerslag van onze babbel van maandag.',
      'A short note after Thursday, as promised.',
      ...leadIns,
    ]) {
      const { valence, focus } = ruleLabel(text);
      assert.deepEqual([valence, focus], ['neutral', 'neutral'], text);
    }
    // One that opens the sentence is neutral whatever its words of praise or trouble.
    for (const text of [
      'Fijn dat we elkaar gisteren weer zagen, ook al was het na je nachtdienst en zag ik dat je moe was.',
      'Great to finally meet you properly on Tuesday!',
      'Hier, zoals afgesproken, mijn terugblik op dinsdag.',
      'I have been smiling about it all afternoon, so here is my summary while it is fresh.',
    ]) {
      const { valence, focus } = ruleLabel(text);
      assert.deepEqual([valence, focus], ['neutral', 'neutral'], text);
    }
    // Sending the report itself delivers nothing; sending a template does (rule 32).
    for (const text of [
      'Hierbij stuur ik je het verslag van ons gesprek.',
      "I'm sending you my notes from our session.",
    ]) {
      assert.deepEqual([ruleLabel(text).focus, ruleLabel(text).signals], ['neutral', []], text);
    }
    assert.ok(
      ruleLabel('Ik stuur je het sjabloon dat ik voor mijn eigen klanten gebruik.').signals.includes('expert-role'),
    );
    // What the report then says about the coachee is hers.
    assert.equal(ruleLabel('Hieronder zie je dat ze weer is gaan sporten.').focus, 'coachee');
  });
  it('reads a block quote in the first person, without marks of its own, as the coachee’s words (rule 27)', () => {
    const { sentences } = ruleAnalyze(
      '# Sessie 3\n\nZe vertelde over haar ochtenden.\n\n> Als ik met de hond loop, kan ik weer ademen. Dat uur is van mij.\n',
    );
    assert.deepEqual(
      sentences.map((s) => s.focus),
      ['coachee', 'coachee', 'coachee'],
    );
    assert.equal(sentences[1]!.valence, 'strength');
    // A block quote in no one's first person is left to the other rules (here an imperative, the coach's).
    assert.equal(ruleAnalyze('# Sessie 3\n\n> Zie de bijlage voor het schema.\n').sentences[0]!.focus, 'coach');
  });
  it('does not count the coach as indirect object', () => {
    assert.equal(label('Ze vertelde me dat ze het gesprek had uitgesteld.').focus, 'coachee');
    assert.equal(label('He told me he had skipped the meeting.').focus, 'coachee');
  });
  it('treats we as shared and a perception frame as transparent', () => {
    assert.equal(label('We hebben de agenda voor de volgende keer doorgenomen.').focus, 'neutral');
    assert.equal(label('Het viel me op dat hij niet meer over zijn baas klaagde.').focus, 'coachee');
    // The mechanisms read rule 19 right here; the learned layer, having read many "I noticed I was …",
    // gives this sentence to the coach (61%): a known regression of what a coach sees (docs/quality.md).
    assert.equal(ruleLabel('I noticed that she kept her answers short.').focus, 'coachee');
    // A frame that introduces no one leaves the perceiver acting.
    assert.equal(ruleLabel('Looking back, I see three things.').focus, 'coach');
    assert.equal(ruleLabel('Achteraf zie ik drie dingen.').focus, 'coach');
  });
  it('gives an opinion frame to the coach', () => {
    assert.equal(label('Volgens mij is hij vooral bang om te falen.').focus, 'coach');
    assert.equal(label('I think she underestimates her own influence.').focus, 'coach');
    // A frame of feeling too, also as "what moved me was …" (rule 19).
    assert.equal(ruleLabel('Wat me ontroerde, was hoe ze over haar dochter sprak.').focus, 'coach');
    assert.equal(ruleLabel('What moved me was how she spoke about her daughter.').focus, 'coach');
  });
  it('leaves the coachee’s opinion and an impersonal hedge to the coachee (rules 19, 20)', () => {
    for (const text of [
      'Hij dacht dat hij ontslagen zou worden.',
      'Ze vond dat haar manager te streng was.',
      'Moeder vond dat een beter plan.',
      'Vermoedelijk speelt bij haar ook een gekrenkt gevoel mee.',
      'Er is vermoedelijk sprake van onverwerkte rouw.',
    ]) {
      assert.equal(ruleLabel(text).focus, 'coachee', text);
    }
    for (const text of [
      'Ik dacht dat ze zou stoppen.',
      'Ik vermoed dat ze bang is.',
      'Hij heeft volgens mij geen zin meer.',
      'Emeka is in my opinion a man who takes everything as criticism.',
    ]) {
      assert.equal(ruleLabel(text).focus, 'coach', text);
    }
  });
  it('reads a judgement of what the coachee did beside the coach’s own clause as both (rules 20, 22)', () => {
    for (const text of [
      'That took courage, and I didn’t ask her a single thing about it.',
      'Dit is gewoon gebrek aan inzet, en daar moet ik doorheen zien te breken.',
      'Ze zei ook dat ze goed is in het verbinden van afdelingen, en daar heb ik niet op doorgevraagd.',
    ]) {
      assert.equal(ruleLabel(text).focus, 'neutral', text);
    }
    // A pointing clause without a judgement yields to the coach's clause.
    assert.equal(ruleLabel('Dat was op dinsdag, en ik had de hele avond voorbereid.').focus, 'coach');
  });
  it('takes a pronoun that is only ever a subject for who acts, also after a word that is a preposition too', () => {
    const text = 'He came to the session without the plan again, after I had sent two reminder mails on Friday.';
    assert.ok(ruleLabel(text).signals.includes('working-hard'), text);
    assert.equal(ruleLabel('Voor ik het wist, had ik zijn hele cv herschreven.').focus, 'coach');
  });
  it('lets the clause after "maar"/"but" decide', () => {
    assert.equal(label('Hij knikte, maar ik weet niet of hij het gaat doen.').focus, 'coach');
    assert.equal(label('I offered a model, but she preferred her own approach.').focus, 'coachee');
  });
  it('recognises the coachee by the name in front matter', () => {
    assert.equal(label('---\ncoachee: Jorien\n---\nJorien plande zelf een gesprek met het hoofd.').focus, 'coachee');
  });
  it('gives third parties in the coachee’s world to the coachee', () => {
    assert.equal(label('Her manager supports the plan to work part-time.').focus, 'coachee');
  });
});

describe('labels: valence', () => {
  it('marks qualities and own decisions as strength, problems as weakness', () => {
    assert.equal(label('Ze besloot zelf om het gesprek aan te gaan.').valence, 'strength');
    assert.equal(label('Hij voelt zich onzeker in grote groepen.').valence, 'weakness');
    assert.equal(label('She came up with a creative solution for the rota.').valence, 'strength');
    assert.equal(label('He struggles with deadlines and feels guilty about it.').valence, 'weakness');
  });
  it('turns a problem that is gone into strength', () => {
    assert.equal(label('Ze is niet meer onzeker over haar presentatie.').valence, 'strength');
    assert.equal(label('He no longer doubts his choice.').valence, 'strength');
    assert.equal(label('Dat was geen probleem voor haar.').valence, 'strength');
  });
  it('lets the part after "maar"/"but" decide', () => {
    assert.equal(label('"Ik was zenuwachtig, maar ik heb het toch gezegd en het lukte," zei ze.').valence, 'strength');
    assert.equal(label('She joined in politely, but nothing changed and she still felt stuck.').valence, 'weakness');
  });
  it('keeps the coach’s own feelings neutral', () => {
    assert.equal(label('Na afloop was ik erg moe.').valence, 'neutral');
    assert.equal(label('I felt nervous before the session.').valence, 'neutral');
  });
  it('leaves logistics neutral', () => {
    assert.equal(label('De volgende sessie is op 4 april om tien uur.').valence, 'neutral');
  });
});

describe('labels: explanations', () => {
  it('names the words that decided', () => {
    const text = 'Hij voelt zich onzeker in grote groepen.';
    const sentence = analyze(text).sentences[0]!;
    assert.deepEqual(sentence.why.valence.words, ['onzeker']);
    assert.deepEqual(sentence.why.focus.words, ['hij']);
  });
  it('reads a note without a subject that says "samen"/"together" as coach and coachee at work, not with someone else (rules 18, 25)', () => {
    assert.equal(ruleLabel('Rooster van de afgelopen zes weken samen doorgelopen.').focus, 'neutral');
    assert.equal(ruleLabel('Samen met haar teamleider een nieuw rooster gemaakt.').focus, 'coachee');
  });
});
