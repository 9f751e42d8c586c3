import assert from 'node:assert/strict';
import { label, ruleAnalyze, ruleLabel } from '../../helpers';

// Signals told in other words than the textbook ones (issue 15, kind 5), by the mechanisms alone.
describe('signals told in other words', () => {
  const signals = (text: string): string[] => label(text).signals;
  it('hears the fear of a wrong move as intervention-focus', () => {
    assert.ok(signals('Ik ben bang dat ik de verkeerde keuze maak.').includes('intervention-focus'));
    assert.ok(signals('I was afraid of saying something clumsy.').includes('intervention-focus'));
  });
  it('hears the coach weighing which exercise or step comes next as intervention-focus (rule 31)', () => {
    for (const text of [
      'For the next session I am thinking whether to do a values exercise or to invite his manager.',
      'I keep wondering whether to confront her or wait.',
      'Ik denk erover om volgende keer een rollenspel te doen, of is het beter om eerst te vragen wat zij wil?',
      'Ik twijfel nog tussen een tijdlijn en het kernkwadrant.',
    ]) {
      assert.ok(ruleLabel(text).signals.includes('intervention-focus'), text);
    }
    assert.ok(
      ruleLabel(
        'Volgende keer open ik met een brief aan zijn oude afdeling, of toch met de analyse die ik al klaar heb.',
      ).signals.includes('intervention-focus'),
    );
    assert.ok(ruleLabel('I want to get this exactly right for her.').signals.includes('intervention-focus'));
    // Feeling that a session went right is no deliberation.
    assert.ok(
      !ruleLabel('I mostly listened and asked questions today, and that felt exactly right.').signals.includes(
        'intervention-focus',
      ),
    );
    // The coachee weighing her own options is hers.
    assert.ok(!ruleLabel('Ze twijfelt nog tussen de opleiding en een baan.').signals.includes('intervention-focus'));
  });
  it('hears the coach taking the result on as outcome-responsibility', () => {
    assert.ok(signals('Als hij zakt, heb ik gefaald.').includes('outcome-responsibility'));
    assert.ok(signals('It will be on me if she doesn’t get the job.').includes('outcome-responsibility'));
    for (const text of [
      'It is my job to get him back to work by March.',
      'Het is mijn taak om haar voor de zomer aan het werk te krijgen.',
    ])
      assert.ok(ruleLabel(text).signals.includes('outcome-responsibility'), text);
  });
  it('hears effort and tension as working hard', () => {
    assert.ok(signals('Ik zat de hele sessie op het puntje van mijn stoel.').includes('working-hard'));
    assert.ok(signals('Halverwege merkte ik dat ik harder werkte dan zij.').includes('working-hard'));
    assert.ok(signals('I was explaining a framework he hadn’t asked for.').includes('working-hard'));
  });
  it('hears the kinds of working hard rule 30 names, told in everyday words, by the rules alone', () => {
    const talkingMost = [
      'Ik praatte meer dan hij.',
      'Achteraf gezien was ik driekwart van de tijd aan het woord.',
      'I talked far too much, and by the end my voice was hoarse.',
    ];
    const again = [
      'Ik heb het model nogmaals uitgelegd, met een ander voorbeeld.',
      'I went through the nerves curve a second time.',
    ];
    const overTime = [
      'Ik ben na de sessie een extra halfuur gebleven om het rooster te maken.',
      'I ran forty-five minutes over.',
      'I lay awake until two over that question.',
    ];
    const toolsInARow = ['I offered her three routines, one after another.', 'Ik deed de ene oefening na de andere.'];
    const search = [
      'Ik zoek voor haar uit welke fysiotherapeuten in haar buurt werken.',
      'I will look if our organisation has a course about grief.',
    ];
    // The coach's own words for it, exhaustion, and the coachee's homework done for them.
    const named = [
      'Reading this back, the session was mostly me.',
      'Ik heb het grootste deel van het uur zelf gepraat.',
      'Ik was na afloop doodmoe.',
      'Ik heb drie keer uitgelegd wat een schokreactie is.',
      'I did the planning she was supposed to do.',
    ];
    for (const text of [...talkingMost, ...again, ...overTime, ...toolsInARow, ...search, ...named])
      assert.ok(ruleLabel(text).signals.includes('working-hard'), text);
    // The same words where the coach is not the one working: the coachee talking, a question asked once.
    for (const text of [
      'Zij was vooral aan het woord, en dat was goed.',
      'I talked with her manager on Friday.',
      'Ik vroeg nog eens door naar haar week.',
      'She spent most of the session crying.',
      'Ze had hoofdpijn.',
    ]) {
      assert.ok(!ruleLabel(text).signals.includes('working-hard'), text);
    }
  });
  it('hears advice handed along and the coach’s own experience offered as expert-role, by the rules alone (rule 32)', () => {
    const advice = [
      'Aan het eind gaf ik haar nog mee dat ze milder voor zichzelf mag zijn.',
      'Als ik jou was, zou ik eerst met je teamleider praten.',
      'One thing I’d add: end each practice day with a song just for pleasure.',
      'If I were you, I would call the recruiter first.',
    ];
    const ownExperience = [
      'Ik heb verteld wat bij mij werkte toen ik zelf nog juf was.',
      'I told her what worked for me in my first year as a manager.',
    ];
    for (const text of [...advice, ...ownExperience]) assert.ok(ruleLabel(text).signals.includes('expert-role'), text);
    // Handing along an assignment is not advice; nor is the coachee saying what worked for her.
    for (const text of ['Ik heb haar een schrijfopdracht meegegeven.', 'She told me what worked for her last year.']) {
      assert.ok(!ruleLabel(text).signals.includes('expert-role'), text);
    }
  });
  it('hears the coach offering to be on call as expert-role, also told from the coachee’s side (rule 32)', () => {
    for (const text of [
      'I also told him he could text me on the morning of the trial.',
      'Hij mag me altijd bellen als het nodig is.',
      'Ze kan me altijd bereiken.',
    ]) {
      assert.ok(ruleLabel(text).signals.includes('expert-role'), text);
    }
    assert.ok(!ruleLabel('Hij belt zijn moeder altijd op zondag.').signals.includes('expert-role'));
  });
  it('hears the coachee asking the coach what to do, in their own words or reported, as expert-role, by the rules alone (rule 32)', () => {
    const inTheirWords = [
      'About twenty minutes in she stopped mid-sentence and asked, "Okay, so what should I do?"',
      'Near the end she looked at me and said, "You\'ve seen a hundred of these. Just tell me."',
      'Op een bepaald moment vroeg ze letterlijk: "Wat zoudt gij doen, met zo\'n klas?"',
      'Op de vraag welke functie hem aanspreekt, antwoordde hij: "Zegt u het maar, u weet wat er is."',
    ];
    const reported = [
      'Al na vijf minuten vroeg ze of ik geen planning had die ze kon overnemen.',
      'In de tweede sessie vroeg ze me hoe ze een lastige mail moest formuleren.',
      'Hij wilde weten of hij moest solliciteren op een technische functie.',
      'He wanted to know whether he should take the offer.',
    ];
    for (const text of [...inTheirWords, ...reported]) assert.ok(ruleLabel(text).signals.includes('expert-role'), text);
    // The same words asked by the coach.
    for (const text of [
      'Ik vroeg hem: "Wat zou jij doen als je het zelf mocht kiezen?"',
      'I asked her, "What would you do if nobody was watching?"',
      'Ik vroeg haar wat ze zelf wilde.',
    ]) {
      assert.ok(!ruleLabel(text).signals.includes('expert-role'), text);
    }
  });
  it('hears the coach arranging things on the coachee’s behalf as working hard (rule 30)', () => {
    for (const text of [
      'Ik bel vrijdag met het Lindeborg College om te vragen of je daar een dag kunt meelopen.',
      'Coach neemt contact op met de leidinggevende om een kennismakingsgesprek voor betrokkene te regelen.',
      'I signed her up for the LinkedIn workshop.',
      'I put him in touch with two recruiters I know.',
    ]) {
      assert.ok(ruleLabel(text).signals.includes('working-hard'), text);
    }
    // A term with a gap is named by its own words, not by everything between them.
    const calling = ruleAnalyze(
      'Ik bel vrijdag met het Lindeborg College om te vragen of je daar een dag kunt meelopen.',
    ).sentences[0]!;
    assert.deepEqual(calling.why.signals['working-hard']?.words, ['bel … om te vragen of je']);
    for (const text of [
      'Ze heeft zichzelf aangemeld voor de cursus.',
      'Her manager arranged for her to work from home.',
    ]) {
      assert.ok(!ruleLabel(text).signals.includes('working-hard'), text);
    }
  });
  it('hears a run of named coaching models in one sentence as working hard, also when one of them did not land (rule 30)', () => {
    for (const text of [
      'Then I took him through the Johari window, after that the feedback ladder, and when that also did not land, I gave my own example.',
      'First I showed the change curve, then a stakeholder exercise.',
      'Ik heb eerst de cirkel van invloed uitgelegd, daarna de ladder van inferentie.',
    ]) {
      assert.ok(ruleLabel(text).signals.includes('working-hard'), text);
      assert.equal(ruleLabel(text).valence, 'neutral', text);
    }
    // One model, however many words its name has; and a coach who held back.
    for (const text of [
      'Ik heb het model van de conflicttrap uitgelegd.',
      "I didn't bring out the values cards, nor the wheel of life.",
    ]) {
      assert.ok(!ruleLabel(text).signals.includes('working-hard'), text);
    }
  });
  it('hears deliberating, freezing and hindsight as intervention-focus, and a failure taken on as the coach’s own (rules 31, 36)', () => {
    const deliberating = [
      'Voor de derde sessie zat ik lang te wikken.',
      'I froze a little when she asked.',
      'While I was deciding, I lost a few minutes of what she said.',
      'Ik had haar vraag ook kunnen onderzoeken.',
      'Looking back, I could have asked what she wanted herself.',
    ];
    for (const text of deliberating) assert.ok(ruleLabel(text).signals.includes('intervention-focus'), text);
    for (const text of [
      'Dat voelde als mijn mislukking.',
      'I want this to go well for her, maybe a little too much.',
    ]) {
      assert.ok(ruleLabel(text).signals.includes('outcome-responsibility'), text);
    }
    // The coachee deciding, or freezing, is not the coach deliberating.
    for (const text of ['She was deciding between two offers.', 'Hij bevroor toen zijn leidinggevende binnenkwam.']) {
      assert.ok(!ruleLabel(text).signals.includes('intervention-focus'), text);
    }
  });
  it("hears an if-then plan of the coach's next move, and weighing in questions, as intervention-focus (rule 31)", () => {
    const plans = [
      'Als ze weer zonder oefening komt, doe ik hem ter plekke met haar.',
      "If he turns up without the forecast, I'll go through it line by line with him.",
      'Next time, if he again asks for a solution, I will first ask what he has tried.',
      'Of had ik juist nog meer structuur moeten bieden?',
      'I keep going back and forth on how to open session 3.',
      'Perhaps I should have started with the risk assessment.',
    ];
    for (const text of plans) assert.ok(ruleLabel(text).signals.includes('intervention-focus'), text);
    // The coach's own condition, a past "if" without a plan, the coachee's condition on the coachee's act: no plan of
    // an intervention.
    for (const text of [
      'Als ik tijd heb, lees ik het nog eens door.',
      'If she asked, I answered.',
      'Als ze wil, belt ze me.',
      // A perfect after the condition judges the coach: outcome-responsibility, no plan (rule 36).
      'Als Ruud bij de evaluatie nog niet verder is, dan heb ik gefaald.',
    ]) {
      assert.ok(!ruleLabel(text).signals.includes('intervention-focus'), text);
    }
  });
  it('hears a hunch or a first read about the coachee, named as such, as an interpretation without grounds (rule 33)', () => {
    const hunches = [
      'My first read was that Dana is a classic overachiever who never learned to rest.',
      'My gut said she was grieving the person she was before.',
      'Mijn gevoel: ze saboteert zichzelf.',
      'Het beeld bestaat dat betrokkene conflicten uit de weg gaat.',
    ];
    for (const text of hunches) assert.ok(ruleLabel(text).signals.includes('ungrounded-interpretation'), text);
    // The same frame with what it rests on named is grounded.
    assert.ok(
      !ruleLabel('My first read was that she is tired, because she yawned through the whole session.').signals.includes(
        'ungrounded-interpretation',
      ),
    );
  });
  it('hears not going along framed as a wall to get through as resistance-framing (rule 35)', () => {
    const framed = [
      'Frankly, he is digging his heels in, and I need to get through that.',
      'Betrokkene houdt de boot af.',
      'Toen ging ze op de rem staan.',
      'Her not doing the exercise became something to beat.',
      'Daar ging hij volledig in de weerstand.',
    ];
    for (const text of framed) assert.ok(ruleLabel(text).signals.includes('resistance-framing'), text);
    // And it tells a problem of the coachee's, also in the coach's own sentence (rules 8, 35).
    for (const text of framed) assert.equal(ruleLabel(text).valence, 'weakness', text);
    assert.equal(ruleLabel('I need to get through the agenda first.').valence, 'neutral');
    // Told plainly, it is not framing (rule 35: "Dat heeft hij niet gedaan").
    assert.ok(!ruleLabel('He did not do the exercise this week.').signals.includes('resistance-framing'));
  });
  it('hears denial, a commitment issue, excuses and blocking as framing too, in both languages (rule 35)', () => {
    for (const text of [
      'Clearly there is a commitment issue.',
      'That is denial, pure and simple.',
      'She is not taking it seriously and keeps making excuses.',
      'Hij blokte meteen toen ik over de gemiste uren begon.',
      'Dat zijn smoesjes; ze zit nog in de ontkenning.',
      'Hij neemt het niet serieus.',
    ]) {
      assert.ok(ruleLabel(text).signals.includes('resistance-framing'), text);
    }
    // Exploring it together is not framing.
    assert.ok(
      !ruleLabel('We explored together what her excuses were telling us.').signals.includes('resistance-framing'),
    );
  });
  it('hears a label without grounds as an ungrounded interpretation', () => {
    assert.ok(signals('Hij is onzeker en heeft een laag zelfbeeld.').includes('ungrounded-interpretation'));
  });
  it('hears a trait put on the coachee, hedged or not, as an interpretation without grounds', () => {
    for (const text of [
      'Hamid is iemand die zijn gevoel wegrationaliseert.',
      'HR is haar op het lijf geschreven.',
      'He is someone who avoids every conflict.',
      'She strikes me as a born networker.',
    ]) {
      assert.ok(ruleLabel(text).signals.includes('ungrounded-interpretation'), text);
    }
    // With what it rests on, it is grounded (rule 33).
    assert.ok(
      !ruleLabel('Hij is iemand die liever doet dan voelt, want dat zei hij zelf twee keer.').signals.includes(
        'ungrounded-interpretation',
      ),
    );
  });
  it('leaves a plain report of the coachee’s own words alone', () => {
    assert.deepEqual(signals('"Ik ben bang dat ik de verkeerde keuze maak," zei ze.'), []);
    // Also where the learned layer, reading the words alone, would hear the coach in them (rule 27).
    assert.deepEqual(signals('"I keep going back and forth about the wrong choice," she said.'), []);
    assert.deepEqual(signals('Ze zei: "Ik twijfel of ik de verkeerde keuze maak."'), []);
  });
});

describe('words that look like a problem or a thanks but are not', () => {
  it('reads "zwakte ... af" as the verb afzwakken, not the noun zwakte', () => {
    assert.notEqual(label('Ze zwakte haar kritiek meteen af.').valence, 'weakness');
    assert.equal(label('Haar grootste zwakte is dat ze alles uitstelt.').valence, 'weakness');
  });
  it('reads "stuck with me" and "in two minutes flat" as idioms, not as being stuck or flat', () => {
    assert.equal(ruleLabel('One thing she said stuck with me for days.').valence, 'neutral');
    assert.equal(ruleLabel('He is quick with numbers and built the forecast in two minutes flat.').valence, 'strength');
    assert.equal(ruleLabel('She feels stuck in her role since the merger.').valence, 'weakness');
  });
  it('takes a bare thanks at the end of a letter for a sign-off, without appreciation (rule 6)', () => {
    assert.deepEqual(label('Thank you.'), { valence: 'neutral', focus: 'neutral', signals: [] });
    assert.deepEqual(label('Bedankt!'), { valence: 'neutral', focus: 'neutral', signals: [] });
    assert.ok(label('Hij bedankte me voor de heldere adviezen.').signals.includes('appreciation'));
  });
  it('reads thanks that open a report’s sentence as the writer’s, neither praise for the coach nor an imperative (rules 6, 26, 34)', () => {
    for (const text of [
      'Dank je wel voor het fijne gesprek van gisteren.',
      'Thank you for a great session on Tuesday.',
      'Thanks for your openness today.',
    ]) {
      const { signals, focus } = ruleLabel(text);
      assert.deepEqual(signals, [], text);
      assert.notEqual(focus, 'coach', text);
    }
    // Someone else's thanks, in their words or told, is praise; "Thank her" tells someone what to do.
    assert.ok(ruleLabel('"Thanks for the session, it really helped," she said.').signals.includes('appreciation'));
    assert.ok(ruleLabel('Ze bedankte me voor het fijne gesprek.').signals.includes('appreciation'));
    assert.equal(ruleLabel('Thank her for the feedback before you answer.').focus, 'coach');
  });
});

describe('praise for the coach in the coachee’s own words (rules 16, 34)', () => {
  it('finds it in both languages and reads the sentence as neutral', () => {
    const praise = [
      'Bij het afscheid zei hij: "Jij stelt altijd de juiste vragen."',
      'Ze noemde de vorige sessie "een echte eyeopener".',
      'He said the session had been "a real eye-opener".',
      'At the door she told me, "You have been a lifesaver."',
    ];
    for (const text of praise) {
      assert.ok(ruleLabel(text).signals.includes('appreciation'), text);
      assert.equal(ruleLabel(text).valence, 'neutral', text);
    }
  });
  it('keeps an outright ask of the coach beside the praise a problem (rule 15)', () => {
    const text = 'She called our last session "a lifesaver" and asked whether I could check her answers again.';
    assert.ok(ruleLabel(text).signals.includes('appreciation'));
    assert.equal(ruleLabel(text).valence, 'weakness');
  });
});

describe('the coach’s stake in the outcome, in everyday words (rule 36)', () => {
  it('finds the coach hoping for, wanting or promising the coachee’s result, in both languages', () => {
    const stake = [
      'Ik wil echt dat ze deze opleiding haalt.',
      'Ik heb haar teamleider gezegd dat het zeker goed komt.',
      'Met mijn toezegging aan de directeur in het achterhoofd heb ik doorgedrukt.',
      'I had quietly hoped she would take the Leeds job.',
      "I'd love for you to have an offer before the summer.",
      "I'd really hate for you to lose this place.",
    ];
    for (const text of stake) assert.ok(ruleLabel(text).signals.includes('outcome-responsibility'), text);
    // The coachee's own hope is hers.
    assert.ok(!ruleLabel('She had hoped she would get the job.').signals.includes('outcome-responsibility'));
  });
});

describe('the coach chasing and explaining again, in everyday words (rule 30)', () => {
  it('finds reminders, checking up and a second explanation, in both languages', () => {
    const chasing = [
      'Ik app hem morgenochtend om te checken of hij op tijd op is.',
      'Ik heb het model uitgelegd, en daarna nog een keer met een tekening.',
      'Na de sessie heb ik haar nog twee keer nagebeld over het formulier.',
      'After the session I chased him twice about the form, and he still has not sent it.',
    ];
    for (const text of chasing) assert.ok(ruleLabel(text).signals.includes('working-hard'), text);
  });
});
