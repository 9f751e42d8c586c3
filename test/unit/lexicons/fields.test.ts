import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { lexicon, valenceFields } from '../../../server/src/lexicons';
import { label, ruleLabel } from '../../helpers';

describe('valence vocabulary by semantic field', () => {
  for (const language of ['nl', 'en'] as const) {
    it(`${language}: every field says what it covers, and no term is on both sides`, () => {
      const fields = Object.entries(valenceFields[language]);
      // Every field file of the language is registered, none twice.
      const files = readdirSync(
        new URL(`../../../server/src/lexicons/${language}/valence-fields/`, import.meta.url),
      ).map((file) => file.replace(/\.json$/u, ''));
      assert.deepEqual(fields.map(([name]) => name).sort(), files.sort());
      const { valence } = lexicon(language);
      const strength = new Set(valence.strength);
      for (const [name, field] of fields) {
        assert.ok(typeof field.about === 'string' && field.about.length > 20, name);
        for (const term of (field.weakness ?? []) as string[])
          assert.ok(!strength.has(term), `${name}: “${term}” is strength and weakness`);
      }
    });
  }
  it('reads states, feelings and setbacks told in everyday words as problems, in both languages', () => {
    const weak = [
      'Hanneke voelt zich opgebrand.',
      'Het traject stagneert.',
      'Ze schoot uit haar slof.',
      'Hij ziet het niet meer zitten.',
      'She described herself as a pushover.',
      'Since the reorganisation he has been walking on eggshells.',
      'She had a relapse in March.',
    ];
    for (const text of weak) assert.equal(label(text).valence, 'weakness', text);
  });
  it('reads losing work, money trouble and rejection told as plain facts as problems, by the rules alone', () => {
    const weak = [
      'Her role was eliminated in the January restructuring.',
      'She went through to the second round and was not offered the post.',
      'In June you stopped replying to emails for almost three weeks.',
      'Hij is in maart zijn baan kwijtgeraakt en zit nu in de WW.',
      'Ze staat al maanden rood.',
      'De tweede afwijzing kwam hard aan.',
    ];
    for (const text of weak) assert.equal(ruleLabel(text).valence, 'weakness', text);
  });
  it('reads attendance and results at school or work, and signs of disengagement, by the rules alone', () => {
    const weak = [
      'Jayden heeft deze maand al elf lesuren gemist.',
      'Haar cijfers zakken en er staan twee herkansingen open.',
      'He has been signed off sick since March.',
      'His grades are slipping and he bunked off twice.',
      'Toen ik over de gemiste uren begon, haalde hij zijn schouders op.',
      'She shrugged and looked at the floor.',
    ];
    for (const text of weak) assert.equal(ruleLabel(text).valence, 'weakness', text);
    const strong = [
      'Ze heeft deze maand geen les gemist.',
      'She hasn’t missed a single morning in three weeks.',
      'Hij is geslaagd voor zijn rijexamen.',
    ];
    for (const text of strong) assert.equal(ruleLabel(text).valence, 'strength', text);
  });
  it('reads progress told plainly as strength: without hesitating, without the coach, back to normal, now able', () => {
    const strong = [
      'Ze noemde haar drie successen zonder aarzelen.',
      'Het gesprek met de roosteraar heeft ze zonder mij gevoerd.',
      'Haar slaap is weer normaal.',
      'She named the running and the meetings without hesitating.',
      'He can now say no to extra shifts.',
      'She has started walking to work.',
    ];
    for (const text of strong) assert.equal(ruleLabel(text).valence, 'strength', text);
  });
  it("reads a step marked as the coachee's own initiative, and a superlative of strength, as strength (rule 14)", () => {
    const strong = [
      'Kennismaking met de oud-wethouder, op eigen verzoek.',
      'Ze heeft het gesprek uit eigen beweging aangevraagd.',
      'He booked the follow-up at his own request.',
      'She rang the school of her own accord.',
      'Dat is zijn sterkste verhaal.',
      'Her sample was the strongest they had received.',
    ];
    for (const text of strong) assert.equal(ruleLabel(text).valence, 'strength', text);
  });
  it('reads progress and qualities told in everyday words as strengths', () => {
    const strong = [
      'Ze is veel weerbaarder geworden.',
      'Hij heeft het gesprek aangekaart bij zijn leidinggevende.',
      'She stood up for herself in the meeting.',
      'He followed through on every step.',
    ];
    for (const text of strong) assert.equal(label(text).valence, 'strength', text);
  });
  it('reads a discourse marker as framing, not as a quality: the sentence is judged on the rest', () => {
    // Each marker is built from an evaluative word; alone with it the sentence has nothing else to say.
    const neutral = [
      'Eerlijk gezegd weet ik het ook niet.',
      'Om eerlijk te zijn was ik moe.',
      'Op zich is dat een vraag voor later.',
      'Honestly, I did not know what to say next.',
      'To be fair, I started late.',
      'Fair enough, we moved on to the agenda.',
    ];
    for (const text of neutral) assert.equal(ruleLabel(text).valence, 'neutral', text);
    // Names of sectors and procedures, and sign-offs, are no qualities either.
    const named = [
      'Jana is a care worker in a group home for eight adults.',
      'He has worked in palliative care since 2019.',
      'Het traject valt onder de Wet verbetering poortwachter.',
      'Warmly, Jo',
      'Het ga je goed.',
      'Sterker nog, hij stond al klaar.',
    ];
    for (const text of named) assert.equal(ruleLabel(text).valence, 'neutral', text);
    // The words around the marker still count.
    assert.equal(ruleLabel('Eerlijk gezegd is ze heel moedig geweest.').valence, 'strength');
    assert.equal(ruleLabel('To be honest, she is exhausted.').valence, 'weakness');
  });
  it("reads attention to what works, what helped and what to keep, and a solution named as the coachee's own, as strength (rules 7, 8)", () => {
    const strong = [
      'Ik vroeg waarom het met oma wel werkt.',
      'Op het einde vroeg ik waar ze zelf het meest aan gehad heeft.',
      'Het plan is helemaal van haar.',
      'I asked when it does go well.',
      'I asked what she wanted to keep doing.',
      'I told her the pencil cases were her idea, not mine.',
    ];
    for (const text of strong) assert.equal(ruleLabel(text).valence, 'strength', text);
    // Nothing gained is no gain; the coach's reason for asking is not the question; the coach needing it to work is no
    // strength.
    assert.equal(ruleLabel('Ze heeft er niets aan gehad.').valence, 'weakness');
    assert.equal(ruleLabel('I ask because she seems stuck.').valence, 'neutral');
    assert.equal(ruleLabel('I need this to work for her before November.').valence, 'neutral');
  });
  it('reads doubt, worry and struggle told in the Dutch perfect tense as problems, and their negation as progress', () => {
    const weak = [
      'Ze heeft lang getwijfeld over de overstap.',
      'Hij heeft de hele week tegen het gesprek opgezien.',
      'Ze heeft het gesprek met haar teamleider vermeden.',
      'Hij heeft er nachten over gepiekerd.',
      'Ze vertelde dat ze tegen het gesprek opziet.',
    ];
    for (const text of weak) assert.equal(ruleLabel(text).valence, 'weakness', text);
    assert.equal(ruleLabel('Hij heeft niet meer gepiekerd.').valence, 'strength');
    assert.equal(ruleLabel('Je vertelde dat je vorige week tot drie uur wakker hebt gelegen.').valence, 'weakness');
  });
  it('reads "aanpakken" split around its object as taking it on, and taking a coat as nothing', () => {
    assert.equal(ruleLabel('Ze pakte het gesprek met haar teamleider meteen aan.').valence, 'strength');
    assert.equal(ruleLabel('Ze knikte en pakte haar jas.').valence, 'neutral');
  });
  it('reads lying awake and sleeping badly as problems, also with the Dutch verb at the end', () => {
    const weak = [
      "Ze vertelde dat ze 's nachts wakker ligt van de mails.",
      'Hij heeft tot drie uur wakker gelegen.',
      'Sinds de verhuizing slaapt ze slecht.',
      'She lay awake until three.',
      'He has had trouble sleeping since March.',
    ];
    for (const text of weak) assert.equal(ruleLabel(text).valence, 'weakness', text);
    // Laughing while telling something is how it was said, not a strength.
    assert.notEqual(ruleLabel('"Ik ben toch geen schoolmeester," zei je, half lachend.').valence, 'strength');
    // "hit" is a problem only in its idioms: hitting send is no setback.
    assert.equal(ruleLabel('She hit send on the email.').valence, 'neutral');
    assert.equal(ruleLabel('He hit a wall in March.').valence, 'weakness');
    // "zin" as a sentence is no zest; "zin in" is.
    assert.equal(ruleLabel('Ze herhaalde die zin twee keer.').valence, 'neutral');
    assert.equal(ruleLabel('Ze heeft er weer zin in.').valence, 'strength');
  });
  it('reads evasion in the session (eyes down, staying vague, changing the subject) and feeling small or unsure as problems', () => {
    const weak = [
      'Bij die vraag keek hij vooral naar de vloer.',
      'Over het gesprek met haar vader bleef ze erg vaag.',
      'Hij begon snel over iets anders.',
      'Ze voelt zich klein naast haar nieuwe teamleider.',
      'Of ze de opleiding wil, weet ze niet zo zeker.',
      'When I asked about the audit, he looked down at the floor.',
      'She kept it vague and changed the subject to the holidays.',
      'He felt small in that meeting.',
      "He's not so sure about the move to Leeds.",
      "Since the move she hasn't been sleeping.",
    ];
    for (const text of weak) assert.equal(ruleLabel(text).valence, 'weakness', text);
    // Looking at a thing is not looking away; "shoes" in an idiom is no gaze.
    assert.equal(ruleLabel('She looked at the new rota with her team.').valence, 'neutral');
  });
  it('reads credit given back to the coachee, not needing the coach, and a commitment kept as strength (rules 9, 16)', () => {
    const strong = [
      'Dat plan is van haar, en ze heeft het zelf uitgewerkt.',
      'Mijn tips had hij niet nodig: hij had al een aanpak.',
      'Ze belde de huisarts, zoals ze zich had voorgenomen.',
      'Dat het team nu meedenkt, is zijn verdienste.',
      'He rang the landlord on Monday, as he said he would.',
      'She kept her word and sent the rota on Friday.',
      'By the third session he did not need me for the planning.',
      'The new schedule was her doing.',
    ];
    for (const text of strong) assert.equal(ruleLabel(text).valence, 'strength', text);
  });
  it('reads the coach disclaiming a part in what the coachee did as credit to the coachee (rule 16)', () => {
    const strong = [
      'Dat idee kwam niet van mij.',
      'Ze heeft het gesprek zonder mijn hulp voorbereid.',
      'Niemand heeft haar dat aangereikt.',
      'Het is niet mijn verdienste dat ze nu durft.',
      'That was not my doing.',
      'She prepared the talk without my help.',
      'Nobody handed her that lead.',
      'None of this came from me.',
    ];
    for (const text of strong) assert.equal(ruleLabel(text).valence, 'strength', text);
  });
  it('reads what the coachee brings into the session by its object: news or a prepared text is strength, a question weakness', () => {
    for (const text of [
      'She came in with good news about the interview.',
      'He came well prepared, with three options written out.',
      'Ze kwam goed voorbereid, met een lijstje.',
      'Ze kende haar openingszin uit het hoofd.',
    ])
      assert.equal(ruleLabel(text).valence, 'strength', text);
    for (const text of [
      'She came in with a question about her contract.',
      'Ze kwam met de vraag hoe ze nee kan zeggen.',
    ])
      assert.equal(ruleLabel(text).valence, 'weakness', text);
  });
  it('reads the return to work going to plan as progress, and the plan proposed by others as neutral (rules 10, 17)', () => {
    for (const text of [
      'Hij bouwt zijn uren sinds maart weer op.',
      'Ze werkt nu volgens het opbouwschema drie ochtenden.',
      'She is now in week three of her phased return.',
      'He is building his hours back up.',
    ])
      assert.equal(ruleLabel(text).valence, 'strength', text);
    assert.equal(ruleLabel('Occupational health have proposed a phased return from May.').valence, 'neutral');
  });
  it('knows coaching tools by name in both languages, also the English names Dutch coaches use', () => {
    // A subjectless note bringing in tools is the coach's act (rule 25); two in a row is working hard (rule 30).
    const notes = [
      'Daarna nog de window of tolerance getekend en een folder meegegeven.',
      'Eerst de bodyscan voorgedaan, toen nog de ademruimte erbij gepakt.',
      'Drew the window of tolerance, then added a grounding exercise.',
    ];
    for (const text of notes) {
      assert.equal(ruleLabel(text).focus, 'coach', text);
      assert.ok(ruleLabel(text).signals.includes('working-hard'), text);
    }
  });
  it('reads undermining oneself and harsh self-judgement as problems, and what did not work as a setback', () => {
    const weak = [
      'Ze saboteert haar eigen plannen zodra het spannend wordt.',
      'Hij haalt zichzelf steeds naar beneden.',
      'Ze is te streng voor zichzelf.',
      'Vroeger naar bed gaan werkte niet, zei hij.',
      'She keeps selling herself short in interviews.',
      'He beat himself up about the audit for a week.',
      'Going to bed earlier did not work for him.',
    ];
    for (const text of weak) assert.equal(ruleLabel(text).valence, 'weakness', text);
  });
  it('reads achievement idioms and understatement as strength, also in a question after it (rule 7)', () => {
    const strong = [
      'Hoe heeft ze dat voor elkaar gekregen, met drie kinderen thuis?',
      "Dat is niet niks, na zo'n jaar.",
      'Hij was fier op zijn presentatie.',
      'Ze heeft het toch maar klaargespeeld.',
      'Getting the whole team on board was no small feat.',
      'I asked her how she pulled it off.',
      'That is not nothing, after the year he has had.',
    ];
    for (const text of strong) assert.equal(ruleLabel(text).valence, 'strength', text);
  });
  it("reads a step taken unprompted, without the coach's say, and the coachee's own discoveries as strength", () => {
    const strong = [
      'Het lijstje heeft ze ongevraagd meegenomen.',
      'Ze belde de schuldhulp, zonder het eerst aan mij voor te leggen.',
      'Ik vroeg welke eigen ontdekkingen hij wil blijven gebruiken.',
      'He booked the course without being asked.',
      'Nobody asked him to do the rota, and he did it anyway.',
      'She applied for the post without checking with me.',
    ];
    for (const text of strong) assert.equal(ruleLabel(text).valence, 'strength', text);
    // "without being asked" is a phrase of the clause, not a passive whose implied agent is the coach (rule 23).
    assert.equal(ruleLabel('He booked the course without being asked.').focus, 'coachee');
  });
  it('reads a task or performance that went wrong, told in everyday words, as a setback', () => {
    const weak = [
      'Het sollicitatiegesprek ging niet goed.',
      'Hij heeft de presentatie verprutst.',
      'Ze is gezakt voor haar theorie-examen.',
      'Bij de eerste vraag sloeg ze dicht.',
      'The interview went badly.',
      'She messed up the handover on Friday.',
      'He says he blew it with the panel.',
      'The pitch was a disaster.',
    ];
    for (const text of weak) assert.equal(ruleLabel(text).valence, 'weakness', text);
  });
  it("reads turning a setback around, recovering and being in one's element as strength", () => {
    const strong = [
      'Na de afwijzing krabbelde ze snel weer op.',
      'Ze wist het tij te keren in het team.',
      'Op de werkvloer is hij echt in zijn element.',
      'She bounced back within a week.',
      'He turned things around with the supplier.',
      'On the ward she is in her element.',
    ];
    for (const text of strong) assert.equal(ruleLabel(text).valence, 'strength', text);
  });
  it("reads tension in the body, going blank, losing one's temper and putting others first as problems", () => {
    const weak = [
      'Bij de ingang van het ziekenhuis krijgt ze een beklemd gevoel.',
      'Halverwege het examen was haar hoofd leeg.',
      'Op vrijdag verliest hij nog weleens zijn geduld.',
      'Hij neemt de afspraken niet serieus.',
      'She still gets a tight chest before the Monday meeting.',
      'In the audition her mind went blank.',
      'He is not taking the warning seriously.',
      "She puts everyone else's needs before her own.",
    ];
    for (const text of weak) assert.equal(ruleLabel(text).valence, 'weakness', text);
  });
  it("reads the coach marking a step or a good sign, and the coachee's warmth, as strength", () => {
    const strong = [
      'Dat ze het zelf aankaartte, is een goed teken.',
      'Eén lichtpunt: ze wandelt weer elke ochtend.',
      'Wat een stappen heeft ze de afgelopen maand gezet!',
      'Ze sprak met veel warmte over haar team.',
      'One bright spot: he has started cycling to work again.',
      'That he raised it himself is an encouraging sign.',
      'She talked about her students with real warmth.',
    ];
    for (const text of strong) assert.equal(ruleLabel(text).valence, 'strength', text);
  });
  it('reads being too sensitive or reasoning feelings away as problems', () => {
    const weak = [
      'Ze vindt zichzelf te gevoelig voor leidinggeven.',
      'Hij rationaliseert elke tegenslag meteen weg.',
      'She thinks she is too sensitive for the ward.',
      'He intellectualises every setback.',
    ];
    for (const text of weak) assert.equal(ruleLabel(text).valence, 'weakness', text);
  });
  it('reads solution-focused questions (coping, what made the difference, what was done differently, exceptions) as strength (rule 7)', () => {
    const strong = [
      'Ik vroeg wat haar erdoorheen had gesleept.',
      'Ik vroeg wat het verschil had gemaakt.',
      'Ik vroeg wat ze sinds vorige maand anders heeft gedaan.',
      'Ik vroeg hoe ze zich staande hield in die week.',
      'We zochten samen naar uitzonderingen.',
      'I asked what got her through the week.',
      'I asked what had made the difference.',
      'I asked what he had done differently since then.',
      'I asked how she coped with the first week.',
      'I asked what she was proudest of.',
    ];
    for (const text of strong) assert.equal(ruleLabel(text).valence, 'strength', text);
  });
  it("reads the coachee's exhaustion in everyday words and not meeting the coach's eyes as problems; the coach's own exhaustion stays neutral (rule 8)", () => {
    const weak = [
      'Hij is bekaf na de nachtdiensten.',
      'Ze voelde zich leeggezogen.',
      'Hij keek me nauwelijks aan.',
      'Ze keek langs me heen toen ik het vroeg.',
      'He is knackered after the night shifts.',
      'She felt wiped out by Friday.',
      'He sat by the door and barely looked at me.',
      "She wouldn't look at me when I asked.",
    ];
    for (const text of weak) assert.equal(ruleLabel(text).valence, 'weakness', text);
    for (const text of ['Na afloop was ik gesloopt.', 'After the session I was knackered.'])
      assert.equal(ruleLabel(text).valence, 'neutral', text);
  });
  it('reads the question the coachee brings as a learning point also with "wou", an adverb in the verb cluster or "wondered how" (rule 13)', () => {
    const weak = [
      'Ze wou vandaag vooral weten hoe ze haar week beter kan indelen.',
      'Hij wou leren om rustiger te reageren.',
      'Ze wilde eigenlijk vooral leren hoe ze sneller kan beslissen.',
      'She wondered how she could stay calmer in the meeting.',
      'He wanted to work out how to run his one-to-ones better.',
    ];
    for (const text of weak) assert.equal(ruleLabel(text).valence, 'weakness', text);
  });
  it('reads a step tried and then dropped, and waiting for permission or approval, as problems (rules 9, 10)', () => {
    const weak = [
      'Ze heeft de wekker één dag geprobeerd en daarna weer teruggezet.',
      'De ochtendwandelingen zijn na een week verwaterd.',
      'Hij heeft het plan laten varen.',
      'Ze wacht altijd eerst op toestemming van haar baas.',
      'She tried two of the tips and dropped both within a week.',
      'The morning walks petered out after the holidays.',
      "The new routine didn't stick.",
      'He is always waiting for someone to give him permission.',
    ];
    for (const text of weak) assert.equal(ruleLabel(text).valence, 'weakness', text);
  });
  it('reads a verb of starting that opens what the coachee told as no step taken, and a new start as one', () => {
    const told = [
      'Je begon meteen over je cv.',
      'Ze begon te vertellen over het weekend.',
      'She began by telling me about the weekend.',
      'He started talking about his father.',
    ];
    for (const text of told) assert.equal(ruleLabel(text).valence, 'neutral', text);
    for (const text of ['Ze is begonnen met een nieuwe opleiding.', 'She started a new course in March.'])
      assert.equal(ruleLabel(text).valence, 'strength', text);
  });
  it('reads noticing the signals early and acting on them in time as progress', () => {
    const strong = [
      'Ze herkent haar signalen nu eerder.',
      'Hij voelt het nu eerder aankomen.',
      'Deze keer heeft ze op tijd aan de bel getrokken.',
      'Hij neemt op tijd gas terug.',
      'She spots the warning signs earlier now.',
      'He catches it sooner than he used to.',
      'This time she flagged it in time.',
    ];
    for (const text of strong) assert.equal(ruleLabel(text).valence, 'strength', text);
  });
  it('reads loneliness and keeping control of everything as problems, and not needing it as none', () => {
    const weak = [
      'De zondagen vindt ze lang en leeg.',
      'Hij heeft weinig mensen om zich heen.',
      'Ze controleert zijn rapporten regel voor regel.',
      'Hij wil alles in de hand houden.',
      'She has hardly anyone to talk to since the move.',
      'He feels cut off from his old team.',
      'She is checking his reports line by line.',
      'He double-checks every invoice his team sends.',
    ];
    for (const text of weak) assert.equal(ruleLabel(text).valence, 'weakness', text);
    assert.notEqual(ruleLabel('I went through the plan with her line by line.').valence, 'weakness');
  });
  it('reads shock, placating, being contradicted in public and things going wrong as problems', () => {
    const weak = [
      'Hij ging meteen sussen toen zijn collega boos werd.',
      "Twee collega's hebben haar openlijk tegengesproken.",
      'Het misloopt vooral na de speeltijd.',
      'Ze ging onzekerder naar huis dan ze kwam.',
      'The number shocked her.',
      'She placates everyone in the team meeting.',
      'He tries to smooth things over at once.',
      'Two teachers openly contradicted him.',
    ];
    for (const text of weak) assert.equal(ruleLabel(text).valence, 'weakness', text);
  });
  it("reads losing one's job in the words of a reorganisation, and being moved or going quiet, as problems", () => {
    const weak = [
      'Hij valt onder de afvloeiingsregeling van het sociaal plan.',
      'Tot nu toe is er geen passende functie in beeld.',
      'Hij werd daarbij een paar keer emotioneel.',
      'Bij die vraag werd ze stil.',
      'She is burning through her severance.',
      'He got emotional when he talked about his team.',
      'She choked up at the mention of her father.',
    ];
    for (const text of weak) assert.equal(ruleLabel(text).valence, 'weakness', text);
  });
  it('reads results above target, what was not needed after all, the unexpected achieved and taking space as strength', () => {
    const strong = [
      'Hij scoorde boven verwachting op de toets.',
      'Ze had haar openingszin uiteindelijk niet eens nodig.',
      'Dat had je in februari niet voor mogelijk gehouden.',
      'Ze neemt meer ruimte in het overleg.',
      'She got a 6, one grade above her target.',
      "He didn't even need the notes he had made.",
      'In the last session I kept quiet, and she did the thinking.',
    ];
    for (const text of strong) assert.equal(ruleLabel(text).valence, 'strength', text);
  });
});
